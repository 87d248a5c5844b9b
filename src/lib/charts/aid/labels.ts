// The aid chart's words on and around the plot: donor names over their bars, values at their
// ends, the `us` panels' headings; the heading above, the key to the types and the note below.
import { PANEL, ROW, pct, type AidAxes, type AidAxis } from './axes';
import { PARTS, type AidPart } from './marks';
import { bookedElsewhere, money, moneyWords, shortName, type AidTerms } from './terms';
import type { AidData } from './data.server';
import type { AidState } from './view';

export interface AidLabel {
	id: string;
	role: 'name' | 'value' | 'panel';
	text: string;
	/** For narrow charts. */
	short: string;
	/** A second line in smaller type (panels). */
	sub: string;
	/** Left edge (names, values, panels), in % of the plot. */
	x: number;
	/** Top for names and panels (panels grow upwards from it), centre for values. */
	y: number;
	/** The axis the text's figure is measured on, if it states one. */
	axis: AidAxis['id'] | null;
}

/** A label whose short form is its text, with no second line unless given one. */
const label = (l: Omit<AidLabel, 'short' | 'sub'> & Partial<AidLabel>): AidLabel => ({
	short: l.text,
	sub: '',
	...l
});

/** The `us` state: each US figure's panel heading over its bar, and its value at the bar's end. */
function panelLabels(data: AidData, axes: AidAxes, t: AidTerms): AidLabel[] {
	const { say } = t;
	const { usUsd, usEur } = data;
	const value = (a: AidAxis, v: number) =>
		label({
			id: `value-${a.id}`,
			role: 'value',
			text: money(say, v, a.currency),
			x: pct(v, a),
			y: PANEL[a.id].bar + PANEL[a.id].h / 2,
			axis: a.id
		});
	const panel = (a: AidAxis, text: string, sub: string) =>
		label({
			id: `panel-${a.id}`,
			role: 'panel',
			text,
			sub,
			x: 0,
			y: PANEL[a.id].bar - 2,
			axis: a.id
		});
	return [
		panel(
			axes.usd,
			say('panel.usd', { value: moneyWords(say, usUsd.value, 'USD') }),
			say('panel.usd-sub', { period: t.usdPeriod })
		),
		value(axes.usd, usUsd.value),
		panel(
			axes.eur,
			say('panel.eur', { release: t.release, value: moneyWords(say, usEur.value, 'EUR') }),
			say('panel.eur-sub', { period: t.eurPeriod })
		),
		value(axes.eur, usEur.value)
	];
}

/** `donors` and `by-type`: each donor's name over its bar, its total at the bar's end. */
function donorLabels(data: AidData, axes: AidAxes, { say }: AidTerms): AidLabel[] {
	const row = 100 / data.donors.length;
	return data.donors.flatMap((d, i) => {
		const name = shortName(say, d.donor);
		const booked = bookedElsewhere(d);
		return [
			label({
				id: `name ${d.donor}`,
				role: 'name',
				text: booked ? say('eu.name', { donor: d.donor }) : d.donor,
				short: booked ? say('eu.name-short', { donor: name }) : name,
				x: 0,
				y: i * row + row * ROW.name,
				axis: null
			}),
			label({
				id: `value ${d.donor}`,
				role: 'value',
				text: money(say, d.total, d.currency),
				x: pct(d.total, axes.eur),
				y: i * row + row * (ROW.bar + ROW.barH / 2),
				axis: 'eur'
			})
		];
	});
}

export function aidLabels(data: AidData, state: AidState, axes: AidAxes, t: AidTerms) {
	return state === 'us' ? panelLabels(data, axes, t) : donorLabels(data, axes, t);
}

/** The words around the plot: what the bars measure, the key to the types, the note. */
export function aidFrame(data: AidData, state: AidState, axes: AidAxes, t: AidTerms) {
	const { say } = t;
	const heading =
		state === 'us'
			? say('heading.us')
			: say(`heading.${state}`, { count: data.donors.length, title: axes.eur.title });
	const key: { kind: AidPart; text: string }[] =
		state === 'by-type' ? PARTS.map((kind) => ({ kind, text: say(`part.${kind}`) })) : [];
	const note = state === 'us' ? say('note-us') : t.eu ? say('eu.footnote', { text: t.euNote }) : '';
	return { heading, key, note };
}
