// The aid chart's value axis and where its bars sit. It holds one currency from one release:
// the donors' euros. The report's dollar figure is a number on its own, never on this axis.
import { scaleLinear } from 'd3-scale';
import { money, type AidTerms, type Currency } from './terms';
import type { AidData } from './data.server';

export interface AidAxis {
	id: 'eur';
	currency: Currency;
	/** Top of the domain (the bottom is 0). */
	max: number;
	/** The band it spans, in % of the plot's height. */
	top: number;
	bottom: number;
	ticks: { value: number; x: number; label: string; minor: boolean }[];
	/** "EUR bn · Kiel Release 29 · Jan 2022–Jun 2024" */
	title: string;
}

/** A donor's row, in % of the row's height: its name on top, its bar below. */
export const ROW = { name: 0, bar: 0.42, barH: 0.48 } as const;

/** The position of a value on an axis, in % of the plot's width. */
export const pct = (value: number, a: AidAxis) => (value / a.max) * 100;

/** The donors' axis: the same in every state, so the bars grow from it and shrink back to it. */
export function aidAxis(data: AidData, { say, ...t }: AidTerms): AidAxis {
	const most = Math.max(...data.donors.map((d) => d.total));
	const x = scaleLinear().domain([0, most]).nice(4);
	const max = x.domain()[1];
	const ticks = x.ticks(4);
	const zero = say(`money.${t.currency.toLowerCase()}-zero`);
	return {
		id: 'eur',
		currency: t.currency,
		max,
		top: 0,
		bottom: 100,
		// On narrow charts every other tick gives way, when what remains stays evenly spaced.
		ticks: ticks.map((value, i) => ({
			value,
			x: (value / max) * 100,
			label: value === 0 ? zero : money(say, value, t.currency),
			minor: (ticks.length - 1) % 2 === 0 && i % 2 === 1
		})),
		title: say('axis.title', { currency: t.currencyName, release: t.release, period: t.period })
	};
}
