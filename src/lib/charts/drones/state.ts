import { scaleLinear } from 'd3-scale';
import { max, maxIndex, minIndex } from 'd3-array';
import { format } from 'd3-format';
import { formatFigure, formatMonthShort, formatDate } from '$lib/data/format';
import type { ChartViewBase } from '../types';
import type { DronesData } from './data';
import type { STATES } from './states';

export type DronesState = (typeof STATES)[number];

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
	/** One report's figure, drawn as a dashed line across its month, in the states that show it. */
	reference: { month: string; value: number; label: string } | null;
	/** October's drones of other types, stacked on its Shahed-type bar (october only). */
	extra: { month: string; from: number; to: number } | null;
	/** A short note in the plot's top left: the rise in words, or a key to October's marks. */
	notes: { swatch: 'focus' | 'extra' | 'reference' | null; text: string }[];
}

const n = format(',');

/** "more than five times as many": a ratio in words, rounded down so it never overstates. */
export function timesWords(ratio: number): string {
	const whole = Math.floor(ratio);
	const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
	const k = words[whole] ?? n(whole);
	return ratio > whole ? `more than ${k} times as many` : `${k} times as many`;
}

export function dronesView(data: DronesData, state: DronesState): DronesView {
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
		if (state === 'rise' && (i === 0 || i === focusIndex)) return n(months[i].launched);
		if (state === 'october' && months[i].month === decisionMonth)
			return `${n(months[i].launched)} in ${formatDate(months[i].month).split(' ')[0]}, after the permission was reported`;
		return '';
	};
	const bars = months.map((m, i) => ({
		month: m.month,
		short: formatMonthShort(m.month),
		initial: formatMonthShort(m.month).slice(0, 1),
		value: m.launched,
		emphasis: emphasis(i),
		label: label(i)
	}));

	const hi = months[maxIndex(months, (m) => m.launched)];
	const lo = months[minIndex(months, (m) => m.launched)];
	const summaries: Record<DronesState, string> = {
		year: `Shahed-type drones in the dataset's reports of Russian attacks, per month of 2024: from ${n(lo.launched)} in ${formatDate(lo.month)} to ${n(hi.launched)} in ${formatDate(hi.month)}.`,
		rise: `The monthly count climbed from ${n(first.launched)} in ${formatDate(first.month)} to ${n(focus.launched)} in ${formatDate(focus.month)}, ${timesWords(focus.launched / first.launched)}.`,
		october: `For ${formatDate(focus.month)} one report gives ${formatFigure(reported)} drones, a record at the time. The dataset, which compiles reports of mass attacks only, counts ${n(focus.launched)} Shahed-type drones, or ${formatFigure(allTypes)} of every type. ${formatDate(decisionMonth)}, after the permission was reported, was higher still in the dataset: ${n(months.find((m) => m.month === decisionMonth)?.launched ?? 0)} Shahed-type drones.`
	};
	const notes: DronesView['notes'] =
		state === 'rise'
			? [
					{
						swatch: null,
						text: `${formatMonthShort(first.month)} to ${formatMonthShort(focus.month)}: ${timesWords(focus.launched / first.launched)}`
					}
				]
			: state === 'october'
				? [
						{ swatch: 'focus', text: `Shahed-type, dataset: ${n(focus.launched)}` },
						{ swatch: 'extra', text: `Every drone type, dataset: ${n(allTypes.value)}` },
						{ swatch: 'reference', text: `One report: ${formatFigure(reported)}` }
					]
				: [];

	const showReported = state === 'october';
	return {
		bars,
		yMax: y.domain()[1],
		yTicks: y.ticks(5),
		reference: showReported
			? { month: focusMonth, value: reported.value, label: `One report: ${formatFigure(reported)}` }
			: null,
		extra: showReported ? { month: focusMonth, from: focus.launched, to: allTypes.value } : null,
		notes,
		summary: summaries[state],
		table: {
			caption: showReported
				? 'Drones launched at Ukraine per month, 2024: Shahed-type in the dataset; for October also every type, and one report’s figure'
				: 'Shahed-type drones launched at Ukraine per month, 2024',
			columns: [
				{ key: 'month', label: 'Month' },
				{ key: 'dataset', label: 'Shahed-type drones in the dataset', numeric: true },
				...(showReported
					? [
							{ key: 'all', label: 'Every drone type in the dataset', numeric: true },
							{ key: 'reported', label: 'Figure in one report' }
						]
					: [])
			],
			rows: months.map((m) => ({
				month: formatDate(m.month),
				dataset: m.launched,
				...(showReported
					? {
							all: m.month === focusMonth ? allTypes.value : null,
							reported: m.month === focusMonth ? formatFigure(reported) : ''
						}
					: {})
			}))
		},
		sources: showReported
			? [...new Set([...months.map((m) => m.source), reported.source])]
			: [...new Set(months.map((m) => m.source))]
	};
}
