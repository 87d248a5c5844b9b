// Every bar piece of the aid chart, in % of the plot: the same marks in the same order in
// every state, so one tween carries each piece from state to state.
import { PANEL, ROW, pct, type AidAxes, type AidAxis } from './axes';
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
	donor: string | null;
	/** What the piece counts; `total` when a donor's bar is drawn whole. */
	kind: 'usd' | 'total' | AidPart;
	value: number;
	x0: number;
	x1: number;
	y: number;
	h: number;
	opacity: number;
}

type Place = Pick<AidMark, 'kind' | 'x0' | 'x1' | 'y' | 'h' | 'opacity'>;

/** One donor's piece: its span within the donor's stack, and its row's bar. */
interface Piece {
	d: AidDonorData;
	part: AidPart;
	from: number;
	to: number;
	bar: { y: number; h: number };
	/** The US military piece, drawn on the euro panel in `us`. */
	onPanel: boolean;
}

/** Where a donor's piece sits in a state, on the euro axis; `panel` is the US euro figure. */
function place(state: AidState, p: Piece, eur: AidAxis, panel: number): Place {
	const { d, part, bar } = p;
	if (state === 'us')
		// Only the US military piece shows, on the euro panel, at the Release 29 figure.
		return p.onPanel
			? { kind: part, x0: 0, x1: pct(panel, eur), y: PANEL.eur.bar, h: PANEL.eur.h, opacity: 1 }
			: { kind: part, x0: 0, x1: 0, ...bar, opacity: 0 };
	if (state === 'donors')
		// The whole bar is the donor's total; the later pieces wait at its end.
		return {
			kind: 'total',
			x0: part === 'military' ? 0 : pct(d.total, eur),
			x1: pct(d.total, eur),
			...bar,
			opacity: 1
		};
	return { kind: part, x0: pct(p.from, eur), x1: pct(p.to, eur), ...bar, opacity: 1 };
}

export function aidMarks(data: AidData, state: AidState, axes: AidAxes): AidMark[] {
	const { usUsd, usEur, donors } = data;
	const us = state === 'us';
	const row = 100 / donors.length;
	const usRow = donors.findIndex((d) => d.donor === 'United States');
	// The dollar figure: its own mark on its own axis, seen only in `us`.
	const usdMark: AidMark = {
		id: 'us-usd',
		axis: 'usd',
		currency: 'USD',
		donor: 'United States',
		kind: 'usd',
		value: usUsd.value,
		x0: 0,
		x1: us ? pct(usUsd.value, axes.usd) : 0,
		y: PANEL.usd.bar,
		h: PANEL.usd.h,
		opacity: us ? 1 : 0
	};
	// Each donor's three pieces: drawn whole in `donors`, split in `by-type`.
	const donorMarks = donors.flatMap((d, i) => {
		const bar = { y: i * row + row * ROW.bar, h: row * ROW.barH };
		let at = 0;
		return PARTS.map((part): AidMark => {
			const from = at;
			at += d[part];
			const piece = { d, part, from, to: at, bar, onPanel: i === usRow && part === 'military' };
			return {
				id: `${d.donor} ${part}`,
				axis: 'eur',
				currency: d.currency,
				donor: d.donor,
				value: d[part],
				...place(state, piece, axes.eur, usEur.value)
			};
		});
	});
	return [usdMark, ...donorMarks];
}
