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
	/** The reports' figure, drawn as a line across its month, in the states that show it. */
	reference: { month: string; value: number; label: string } | null;
}

const n = format(',');

export function dronesView(data: DronesData, state: DronesState): DronesView {
	const { months, reported } = data;
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
	const label = (i: number): string => {
		if (state === 'rise' && (i === 0 || i === focusIndex)) return n(months[i].launched);
		if (state === 'october' && i === focusIndex) return `Dataset: ${n(months[i].launched)}`;
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
		rise: `The monthly count climbed from ${n(first.launched)} in ${formatDate(first.month)} to ${n(focus.launched)} in ${formatDate(focus.month)}, about ${Math.round(focus.launched / first.launched)} times as many.`,
		october: `For ${formatDate(focus.month)} the reports give ${formatFigure(reported)} drones, a record at the time; the dataset, which compiles reports of mass attacks only, counts ${n(focus.launched)}.`
	};

	const showReported = state === 'october';
	return {
		bars,
		yMax: y.domain()[1],
		yTicks: y.ticks(5),
		reference: showReported
			? { month: focusMonth, value: reported.value, label: `Reported: ${formatFigure(reported)}` }
			: null,
		summary: summaries[state],
		table: {
			caption: 'Shahed-type drones launched at Ukraine per month, 2024',
			columns: [
				{ key: 'month', label: 'Month' },
				{ key: 'dataset', label: 'Drones in the dataset', numeric: true },
				...(showReported ? [{ key: 'reported', label: 'Reported figure' }] : [])
			],
			rows: months.map((m) => ({
				month: formatDate(m.month),
				dataset: m.launched,
				...(showReported ? { reported: m.month === focusMonth ? formatFigure(reported) : '' } : {})
			}))
		},
		sources: showReported
			? [...new Set([...months.map((m) => m.source), reported.source])]
			: [...new Set(months.map((m) => m.source))]
	};
}
