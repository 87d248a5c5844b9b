// Every bar piece of the aid chart, in % of the plot: the same marks in the same order in
// every state, so each piece glides from state to state. All are Release 29's.
import { ROW, pct, type AidAxis } from './axes';
import type { Currency } from './terms';
import type { AidData, AidDonorData } from './data.server';
import type { AidState } from './view';

export type AidPart = 'military' | 'financial' | 'humanitarian';
export const PARTS: AidPart[] = ['military', 'financial', 'humanitarian'];

/** One bar piece. Positions in % of the plot. */
export interface AidMark {
	id: string;
	/** The axis (and so the currency) the mark is measured on. */
	axis: AidAxis['id'];
	currency: Currency;
	donor: string;
	/** What the piece counts; `total` when a donor's bar is drawn whole. */
	kind: 'total' | AidPart;
	value: number;
	x0: number;
	x1: number;
	y: number;
	h: number;
}

type Place = Pick<AidMark, 'kind' | 'x0' | 'x1'>;

/** Where a donor's piece (from `from` to `to` along its stack) sits in a state. */
function place(
	state: AidState,
	d: AidDonorData,
	part: AidPart,
	from: number,
	to: number,
	a: AidAxis
): Place {
	// None is drawn in `us`: the dollar figure stands alone, and these bars grow from nothing.
	// (No width, not no opacity: Chromium does not run on its compositor a glide that starts
	// unseen, and a rect without width is not drawn.)
	if (state === 'us') return { kind: part, x0: 0, x1: 0 };
	// The whole bar is the donor's total; the later pieces wait at its end.
	const end = pct(d.total, a);
	if (state === 'donors') return { kind: 'total', x0: part === 'military' ? 0 : end, x1: end };
	return { kind: part, x0: pct(from, a), x1: pct(to, a) };
}

/** Each donor's three pieces in its row: none drawn in `us`, whole in `donors`, split in `by-type`. */
export function aidMarks(data: AidData, state: AidState, axis: AidAxis): AidMark[] {
	const row = 100 / data.donors.length;
	return data.donors.flatMap((d, i) => {
		let at = 0;
		return PARTS.map((part): AidMark => {
			const from = at;
			at += d[part];
			const where = place(state, d, part, from, at, axis);
			return {
				id: `${d.donor} ${part}`,
				axis: axis.id,
				currency: d.currency,
				donor: d.donor,
				// A piece drawn as the whole bar counts the donor's total.
				value: where.kind === 'total' ? d.total : d[part],
				y: i * row + row * ROW.bar,
				h: row * ROW.barH,
				...where
			};
		});
	});
}
