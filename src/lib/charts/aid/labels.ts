// The aid chart's words on and around the plot: donor names over their bars, values at their
// ends; the heading above, the key to the types, the `us` state's one figure and the note.
import { ROW, pct, type AidAxis } from './axes';
import { PARTS, type AidPart } from './marks';
import { bookedElsewhere, donorName, money, moneyWords, shortName, type AidTerms } from './terms';
import type { AidData } from './data.server';
import type { AidState } from './view';

export interface AidLabel {
	id: string;
	role: 'name' | 'value';
	text: string;
	/** For narrow charts. */
	short: string;
	/** Left edge, in % of the plot. */
	x: number;
	/** Top for names, centre for values, in % of the plot. */
	y: number;
	/** The axis the text's figure is measured on, if it states one. */
	axis: AidAxis['id'] | null;
}

/** A figure set on its own in large type, with what it counts above and its source below. */
export interface AidFigure {
	/** "$55.5 billion" */
	value: string;
	/** Who counted it, and who cites it. */
	source: string;
}

/** The words around the plot. */
export interface AidFrame {
	/** One line above the plot: what it shows. */
	heading: string;
	/** The types, in words, with the pattern each is drawn with (by-type only). */
	key: { kind: AidPart; text: string }[];
	/** The report's dollar figure, in `us` only, where no bar is drawn. */
	figure: AidFigure | null;
	/** Under the plot. */
	note: string;
	/** The note in fewer words, for phones (the summary and table keep it whole). */
	noteShort: string;
}

/** `donors` and `by-type`: each donor's name over its bar, its total at the bar's end. */
function donorLabels(data: AidData, axis: AidAxis, { say }: AidTerms): AidLabel[] {
	const row = 100 / data.donors.length;
	return data.donors.flatMap((d, i): AidLabel[] => {
		const name = shortName(say, d.donor);
		const full = donorName(say, d.donor);
		const booked = bookedElsewhere(d);
		return [
			{
				id: `name ${d.donor}`,
				role: 'name',
				text: booked ? say('eu.name', { donor: full }) : full,
				short: booked ? say('eu.name-short', { donor: name }) : name,
				x: 0,
				y: i * row + row * ROW.name,
				axis: null
			},
			{
				id: `value ${d.donor}`,
				role: 'value',
				text: money(say, d.total, d.currency),
				short: money(say, d.total, d.currency),
				x: pct(d.total, axis),
				y: i * row + row * (ROW.bar + ROW.barH / 2),
				axis: axis.id
			}
		];
	});
}

/** `us` draws no bars, so it has no labels on the plot: its one figure stands alone. */
export function aidLabels(data: AidData, state: AidState, axis: AidAxis, t: AidTerms) {
	return state === 'us' ? [] : donorLabels(data, axis, t);
}

/** The words around the plot: what it shows, the key to the types, the one figure, the note. */
export function aidFrame(data: AidData, state: AidState, axis: AidAxis, t: AidTerms): AidFrame {
	const { say } = t;
	const key: { kind: AidPart; text: string }[] =
		state === 'by-type' ? PARTS.map((kind) => ({ kind, text: say(`part.${kind}`) })) : [];
	if (state === 'us')
		return {
			heading: say('heading.us', { period: t.usdPeriod }),
			key,
			figure: { value: moneyWords(say, data.usUsd.value, 'USD'), source: say('figure.source') },
			note: say('note-us', { release: t.release }),
			noteShort: say('note-us-short')
		};
	return {
		heading: say(`heading.${state}`, { count: data.donors.length, title: axis.title }),
		key,
		figure: null,
		note: t.eu ? say('eu.footnote', { text: t.euNote }) : '',
		noteShort: t.eu ? say('eu.footnote', { text: say('eu.booked-short') }) : ''
	};
}
