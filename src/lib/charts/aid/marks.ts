// Every bar of the aid chart, in % of the plot: each donor's pieces and whole bar, the same
// marks in the same order in every state, so each glides from state to state. All are
// Release 29's.
import { ROW, pct, type AidAxis } from './axes';
import type { Currency } from './terms';
import type { AidData } from './data.server';
import type { AidState } from './view';

export type AidPart = 'military' | 'financial' | 'humanitarian';
export const PARTS: AidPart[] = ['military', 'financial', 'humanitarian'];

/** One bar: a piece of a donor's aid, or its whole. Positions in % of the plot. */
export interface AidMark {
	id: string;
	/** The axis (and so the currency) the mark is measured on. */
	axis: AidAxis['id'];
	currency: Currency;
	donor: string;
	/** What the bar counts: a type of aid, or `total`, the donor's whole bar. */
	kind: 'total' | AidPart;
	value: number;
	x0: number;
	x1: number;
	y: number;
	h: number;
}

type Place = Pick<AidMark, 'x0' | 'x1'>;

/** Where a piece from `from` to `to` along its donor's stack sits: nowhere in `us`, where
 * the dollar figure stands alone and the bars grow from nothing (no width, not no opacity:
 * Chromium does not run on its compositor a glide that starts unseen, and a rect without
 * width is not drawn). */
const place = (state: AidState, from: number, to: number, a: AidAxis): Place =>
	state === 'us' ? { x0: 0, x1: 0 } : { x0: pct(from, a), x1: pct(to, a) };

const rowOf = (data: AidData, i: number) => {
	const row = 100 / data.donors.length;
	return { y: i * row + row * ROW.bar, h: row * ROW.barH };
};

/**
 * Each donor's three pieces in its row, where `by-type` draws them (none drawn in `us`). In
 * `donors` they lie under the whole bars (aidTotals), which fade to show them: between the two
 * states nothing moves, and only the whole bars' layer, an HTML box, changes its opacity.
 */
export function aidMarks(data: AidData, state: AidState, axis: AidAxis): AidMark[] {
	return data.donors.flatMap((d, i) => {
		let at = 0;
		return PARTS.map((part): AidMark => {
			const from = at;
			at += d[part];
			return {
				id: `${d.donor} ${part}`,
				axis: axis.id,
				currency: d.currency,
				donor: d.donor,
				kind: part,
				value: d[part],
				...rowOf(data, i),
				...place(state, from, at, axis)
			};
		});
	});
}

/** Each donor's whole bar, its total: none drawn in `us`; shown in `donors`, faded in `by-type`. */
export function aidTotals(data: AidData, state: AidState, axis: AidAxis): AidMark[] {
	return data.donors.map((d, i) => ({
		id: `${d.donor} total`,
		axis: axis.id,
		currency: d.currency,
		donor: d.donor,
		kind: 'total',
		value: d.total,
		...rowOf(data, i),
		...place(state, 0, d.total, axis)
	}));
}
