import { capitalise, type Say } from '$lib/content/words';
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { ChartViewBase } from '../types';
import type { TimelineData } from './data.server';
import type { TimelineState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { TimelineState };

export interface TimelineMark {
	id: string;
	label: string;
	/** "17 November 2024" or "May 2024" */
	when: string;
	/** Position in percent of the axis; a month-precise event spans its month. */
	start: number;
	end: number;
	precision: 'day' | 'month';
	focus: boolean;
}

export interface TimelineView extends ChartViewBase {
	marks: TimelineMark[];
	ticks: { value: number; label: string; short: string; year: boolean }[];
}

const FOCUS: Record<TimelineState, string[]> = {
	decision: ['decision-date'],
	before: ['kharkiv-push', 'kursk-incursion', 'decision-date'],
	after: ['decision-date', 'war-day-1000', 'biden-leaves-office']
};

const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d ?? 1));
};

export function timelineView(data: TimelineData, state: TimelineState, say: Say): TimelineView {
	const dates = data.events.map((e) => utc(e.date));
	const first = utcMonth.floor(dates[0]);
	const last = utcMonth.offset(utcMonth.floor(dates[dates.length - 1]), 1);
	const x = scaleUtc().domain([first, last]).range([0, 100]);
	const focus = new Set(FOCUS[state]);
	const marks = data.events.map((e) => {
		const start = utc(e.date);
		const precision = e.date.length === 7 ? ('month' as const) : ('day' as const);
		return {
			id: e.id,
			label: e.label,
			when: say.date(e.date),
			start: x(start),
			end: precision === 'month' ? x(utcMonth.offset(start, 1)) : x(start),
			precision,
			focus: focus.has(e.id)
		};
	});
	const ticks = utcMonth.range(first, utcMonth.offset(last, 1)).map((d) => {
		const iso = d.toISOString().slice(0, 7);
		return {
			value: x(d),
			label: say.monthShort(iso, d.getUTCMonth() === 0 || +d === +first),
			short:
				d.getUTCMonth() === 0
					? String(d.getUTCFullYear())
					: capitalise(say.monthShort(iso).slice(0, 1), say),
			year: d.getUTCMonth() === 0
		};
	});
	const shown = data.events.filter((e) => focus.has(e.id));
	return {
		marks,
		ticks,
		summary: [
			say('summary.intro'),
			...shown.map((e) => say('summary.event', { when: say.date(e.date), label: e.label }))
		].join(' '),
		table: {
			caption: say('table.caption'),
			columns: [
				{ key: 'date', label: say('table.date') },
				{ key: 'event', label: say('table.event') }
			],
			rows: data.events.map((e) => ({ date: say.date(e.date), event: e.label }))
		},
		sources: [...new Set(data.events.map((e) => e.source))]
	};
}
