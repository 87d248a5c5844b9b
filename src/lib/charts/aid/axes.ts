// The aid chart's value axes and where its bars sit. Each axis holds exactly one currency
// from one release: dollars and euros never share one, and are never converted.
import { scaleLinear } from 'd3-scale';
import { money, type AidTerms, type Currency } from './terms';
import type { AidData } from './data.server';
import type { AidState } from './view';

export interface AidAxis {
	id: 'usd' | 'eur';
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
/** The `us` state's two panels: each bar and its own axis band, in % of the plot. */
export const PANEL = {
	usd: { bar: 28, h: 9 },
	eur: { bar: 77, h: 9 }
} as const;

/** The axes a state draws on: dollars (seen in `us` only), and the euros its bars stand on. */
export interface AidAxes {
	usd: AidAxis;
	eur: AidAxis;
	shown: AidAxis[];
}

/** The position of a value on an axis, in % of the plot's width. */
export const pct = (value: number, a: AidAxis) => (value / a.max) * 100;

function axis(
	id: AidAxis['id'],
	currency: Currency,
	maxValue: number,
	band: { top: number; bottom: number },
	title: string,
	{ say }: AidTerms
): AidAxis {
	const x = scaleLinear().domain([0, maxValue]).nice(4);
	const max = x.domain()[1];
	const ticks = x.ticks(4);
	const zero = say(`money.${currency.toLowerCase()}-zero`);
	return {
		id,
		currency,
		max,
		...band,
		// On narrow charts every other tick gives way, when what remains stays evenly spaced.
		ticks: ticks.map((value, i) => ({
			value,
			x: (value / max) * 100,
			label: value === 0 ? zero : money(say, value, currency),
			minor: (ticks.length - 1) % 2 === 0 && i % 2 === 1
		})),
		title
	};
}

/** A panel's axis in `us`: the band around its one bar. */
function panelAxis(id: AidAxis['id'], value: number, release: string, period: string, t: AidTerms) {
	const currency = id === 'usd' ? 'USD' : 'EUR';
	const { bar, h } = PANEL[id];
	const title = t.say('axis.title', { currency, release, period });
	return axis(id, currency, value, { top: bar - 2, bottom: bar + h + 2 }, title, t);
}

export function aidAxes(data: AidData, state: AidState, t: AidTerms): AidAxes {
	const { usUsd, usEur, donors } = data;
	const usd = panelAxis('usd', usUsd.value, t.say('axis.usd-release'), t.usdPeriod, t);
	if (state === 'us') {
		const eur = panelAxis('eur', usEur.value, t.release, t.eurPeriod, t);
		return { usd, eur, shown: [usd, eur] };
	}
	const title = t.say('axis.title', {
		currency: t.currency,
		release: t.release,
		period: t.period
	});
	const most = Math.max(...donors.map((d) => d.total));
	const eur = axis('eur', t.currency, most, { top: 0, bottom: 100 }, title, t);
	return { usd, eur, shown: [eur] };
}
