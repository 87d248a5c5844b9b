import { scaleLinear } from 'd3-scale';
import { max, maxIndex, minIndex } from 'd3-array';
import { capitalise, type Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import type { DronesData } from './data.server';
import type { DronesState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { DronesState };

export type Emphasis = 'focus' | 'context' | 'muted';

export interface DroneBar {
	month: string;
	/** "Oct" */
	short: string;
	/** "O", for the narrowest screens */
	initial: string;
	value: number;
	emphasis: Emphasis;
	/** Written above the bar in this state, or empty. */
	label: string;
}

export interface DronesView extends ChartViewBase {
	bars: DroneBar[];
	/** Top of the y axis, the same in every state so bars never jump scale. */
	yMax: number;
	yTicks: number[];
	/** Each tick's value as the edition writes numbers ("2,000", "2 000"). */
	yTickLabels: string[];
	/** One report's figure, drawn as a dashed line across its month, in the states that show it. */
	reference: { month: string; value: number; label: string } | null;
	/** October's drones of other types, stacked on its Shahed-type bar (october only). */
	extra: { month: string; from: number; to: number } | null;
	/** A short note in the plot's top left: the rise in words, or a key to October's marks. */
	notes: { swatch: 'focus' | 'extra' | 'reference' | null; text: string }[];
}

/** "more than five times as many": a ratio in words, rounded down so it never overstates. */
export function timesWords(ratio: number, say: Say): string {
	const whole = Math.floor(ratio);
	const k = say.has(`times.${whole}`) ? say(`times.${whole}`) : say.n(whole);
	return say.plural(ratio > whole ? 'times.more' : 'times.whole', whole, { k });
}

/** "2,464 Shahed-type drones": a count (or a figure in words) with its noun in the right form. */
const counted = (say: Say, noun: string, value: number, words = say.n(value)) =>
	say.plural(`counted.${noun}`, value, { count: words });

export function dronesView(data: DronesData, state: DronesState, say: Say): DronesView {
	const { months, reported, allTypes } = data;
	const focusMonth = reported.period.slice(0, 7);
	const y = scaleLinear()
		.domain([0, Math.max(max(months, (m) => m.launched) ?? 0, reported.value)])
		.nice(5);
	const focusIndex = months.findIndex((m) => m.month === focusMonth);
	const first = months[0];
	const focus = months[focusIndex];

	const emphasis = (i: number): Emphasis => {
		if (state === 'year') return 'context';
		if (state === 'rise') return i <= focusIndex ? 'focus' : 'muted';
		return i === focusIndex ? 'focus' : 'muted';
	};
	// The tallest month came after the permission was reported: say so where October is the story.
	const decisionMonth = data.decision.slice(0, 7);
	const label = (i: number): string => {
		if (state === 'rise' && (i === 0 || i === focusIndex)) return say.n(months[i].launched);
		if (state === 'october' && months[i].month === decisionMonth)
			return say('label.later', {
				value: months[i].launched,
				month: say.monthName(months[i].month)
			});
		return '';
	};
	const bars = months.map((m, i) => ({
		month: m.month,
		short: say.monthShort(m.month),
		initial: capitalise(say.monthShort(m.month).slice(0, 1), say),
		value: m.launched,
		emphasis: emphasis(i),
		label: label(i)
	}));

	const hi = months[maxIndex(months, (m) => m.launched)];
	const lo = months[minIndex(months, (m) => m.launched)];
	const times = timesWords(focus.launched / first.launched, say);
	const later = months.find((m) => m.month === decisionMonth)?.launched ?? 0;
	const summaries: Record<DronesState, () => string> = {
		year: () =>
			say('summary.year', {
				lo: lo.launched,
				loMonth: say.date(lo.month),
				hi: hi.launched,
				hiMonth: say.date(hi.month)
			}),
		rise: () =>
			say('summary.rise', {
				first: first.launched,
				firstMonth: say.date(first.month),
				focus: focus.launched,
				focusMonth: say.date(focus.month),
				times
			}),
		october: () =>
			say('summary.october', {
				focusMonth: say.date(focus.month),
				reported: counted(say, 'drones', reported.value, say.figure(reported)),
				focus: counted(say, 'shaheds', focus.launched),
				allTypes: counted(say, 'every-type', allTypes.value, say.figure(allTypes)),
				laterMonth: say.date(decisionMonth),
				later: counted(say, 'shaheds', later)
			})
	};
	const notes: DronesView['notes'] =
		state === 'rise'
			? [
					{
						swatch: null,
						text: say('note.rise', {
							from: say.monthShort(first.month),
							to: say.monthShort(focus.month),
							times
						})
					}
				]
			: state === 'october'
				? [
						{ swatch: 'focus', text: say('note.focus', { value: focus.launched }) },
						{ swatch: 'extra', text: say('note.extra', { value: allTypes.value }) },
						{ swatch: 'reference', text: say('note.reference', { value: say.figure(reported) }) }
					]
				: [];

	const showReported = state === 'october';
	return {
		bars,
		yMax: y.domain()[1],
		yTicks: y.ticks(5),
		yTickLabels: y.ticks(5).map((t) => say.n(t)),
		reference: showReported
			? {
					month: focusMonth,
					value: reported.value,
					label: say('note.reference', { value: say.figure(reported) })
				}
			: null,
		extra: showReported ? { month: focusMonth, from: focus.launched, to: allTypes.value } : null,
		notes,
		summary: summaries[state](),
		table: {
			caption: say(showReported ? 'table.caption-october' : 'table.caption'),
			columns: [
				{ key: 'month', label: say('table.month') },
				{ key: 'dataset', label: say('table.dataset'), numeric: true },
				...(showReported
					? [
							{ key: 'all', label: say('table.all'), numeric: true },
							{ key: 'reported', label: say('table.reported') }
						]
					: [])
			],
			rows: months.map((m) => ({
				month: capitalise(say.date(m.month), say),
				dataset: m.launched,
				...(showReported
					? {
							all: m.month === focusMonth ? allTypes.value : null,
							reported: m.month === focusMonth ? say.figure(reported) : ''
						}
					: {})
			}))
		},
		sources: showReported
			? [...new Set([...months.map((m) => m.source), reported.source])]
			: [...new Set(months.map((m) => m.source))]
	};
}
