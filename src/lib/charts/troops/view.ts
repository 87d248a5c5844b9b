import type { Say } from '$lib/content/words';
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { formatFigure, QUALIFIER_WORDS } from '$lib/data/format';
import type { Qualifier } from '$lib/data/schema';
import type { ChartViewBase } from '../types';
import type { TroopEstimate, TroopsData } from './data.server';
import { STATES } from './index';

export type TroopsState = (typeof STATES)[number];
export type Emphasis = 'focus' | 'context' | 'muted';
/** Which of the three kinds of figure a row is. */
export type Group = 'present' | 'possible' | 'force';

/** One estimate: its mark on the scale and its label above it. Positions in layout px. */
export interface TroopMark {
	id: string;
	group: Group;
	value: number;
	qualifier: Qualifier;
	/** "Almost 10,000": the figure led by its qualifier in words, as drawn. */
	valueText: string;
	/** A party's own estimate given as a plain number: drawn with a halo, never as exact. */
	estimate: boolean;
	/** "almost 10,000" */
	words: string;
	/** What the number counts. */
	counts: string;
	/** "Estimate by Ukraine" or "Estimate not attributed". */
	by: string;
	credit: string;
	/** A short flag in front of the words: "Unconfirmed", "Beyond this scale", or nothing. */
	tags: string[];
	/** A force is drawn as a bar from zero: everything it includes lies inside it. */
	bar: boolean;
	emphasis: Emphasis;
	/** 1, 0.55 or 0.25 by emphasis: the one number per mark that tweens. */
	opacity: number;
	/** Whether the value lies past this state's scale (drawn as an arrow at its edge). */
	offScale: boolean;
	/** Top of the label, and the centre line of the mark's track. */
	labelY: number;
	trackY: number;
}

export interface TroopsLayout {
	width: number;
}
export const DEFAULT_LAYOUT: TroopsLayout = { width: 600 };

export interface TroopsView extends ChartViewBase {
	width: number;
	height: number;
	/** The scale runs from 0 to xMax; it widens between states and tweens. */
	xMax: number;
	ticks: { value: number; label: string }[];
	/** Where 0 and xMax sit, in px: the right margin holds off-scale arrows and the last tick. */
	plot: { left: number; right: number };
	/** Top of the tick labels. */
	axisY: number;
	/** One per row of troops.csv, in the file's order, in every state. */
	marks: TroopMark[];
}

// Type metrics the layout reserves room by (DejaVu Sans, the widest common system-ui face).
export const METRICS = { line: 18, char: 7.2, tag: 20, track: 26, rowGap: 18, axis: 24 } as const;
const PLOT_LEFT = 8;
const PLOT_RIGHT = 30;
const OPACITY: Record<Emphasis, number> = { focus: 1, context: 0.55, muted: 0.25 };

const n = format(',');

export function groupOf(e: TroopEstimate): Group {
	if (e.force !== 'north-korea') return 'force';
	return e.status === 'unconfirmed' ? 'possible' : 'present';
}

/** The top of the scale in each state: the largest value the state puts on it, made round. */
export function domainFor(data: TroopsData, state: TroopsState): number {
	const within: Record<TroopsState, Group[]> = {
		estimates: ['present'],
		'up-to': ['present', 'possible'],
		force: ['present', 'possible', 'force']
	};
	const values = data.estimates
		.filter((e) => within[state].includes(groupOf(e)))
		.map((e) => e.value);
	return scaleLinear()
		.domain([0, Math.max(...values)])
		.nice(5)
		.domain()[1];
}

function emphasisOf(group: Group, state: TroopsState): Emphasis {
	if (state === 'estimates') return group === 'present' ? 'focus' : 'muted';
	if (state === 'up-to')
		return group === 'possible' ? 'focus' : group === 'present' ? 'context' : 'muted';
	return group === 'possible' ? 'context' : 'focus';
}

function tagsFor(e: TroopEstimate, xMax: number): string[] {
	return [
		...(e.status === 'unconfirmed' ? ['Unconfirmed'] : []),
		...(e.value > xMax ? ['Beyond this scale'] : [])
	];
}

function byLine(e: TroopEstimate): string {
	return e.estimateBy === 'not attributed'
		? 'Estimate not attributed'
		: `Estimate by ${e.estimateBy}`;
}

/** How many lines a text takes at a width, by the layout's type metrics. */
export function linesFor(chars: number, extra: number, width: number): number {
	return Math.max(1, Math.ceil((chars * METRICS.char + extra) / width));
}

/** The two label lines of a mark: value, tags and what it counts; then who and which source. */
export function labelLines(
	m: Pick<TroopMark, 'valueText' | 'tags' | 'counts' | 'by' | 'credit'>,
	width: number
) {
	const first = `${m.valueText} ${m.tags.join(' ')} ${m.counts}`;
	const second = `${m.by} · ${m.credit}`;
	return {
		first: linesFor(first.length, m.tags.length * METRICS.tag, width),
		second: linesFor(second.length, 0, width)
	};
}

export function troopsView(
	data: TroopsData,
	state: TroopsState,
	say: Say,
	layout: TroopsLayout = DEFAULT_LAYOUT
): TroopsView {
	const width = Math.max(280, Math.round(layout.width));
	const xMax = domainFor(data, state);
	const ticks = scaleLinear()
		.domain([0, xMax])
		.ticks(width < 480 ? 3 : 6)
		.map((value) => ({ value, label: n(value) }));

	let y = 0;
	const marks: TroopMark[] = data.estimates.map((e) => {
		const group = groupOf(e);
		const emphasis = emphasisOf(group, state);
		const base = {
			valueText: capitalise(formatFigure({ ...e, unit: 'count' })),
			counts: e.counts,
			by: byLine(e),
			credit: e.credit,
			tags: tagsFor(e, xMax)
		};
		// Room for the label's lines in whichever state needs most, so rows never move.
		const lines = STATES.map((s) =>
			labelLines({ ...base, tags: tagsFor(e, domainFor(data, s)) }, width)
		).reduce((a, b) => ({
			first: Math.max(a.first, b.first),
			second: Math.max(a.second, b.second)
		}));
		const labelY = y;
		const trackY = labelY + (lines.first + lines.second) * METRICS.line + METRICS.track / 2;
		y = trackY + METRICS.track / 2 + METRICS.rowGap;
		return {
			id: e.id,
			group,
			value: e.value,
			qualifier: e.qualifier,
			estimate: e.status === 'estimate' && e.qualifier === 'exact',
			...base,
			words: formatFigure({ ...e, unit: 'count' }),
			bar: group === 'force',
			emphasis,
			opacity: OPACITY[emphasis],
			offScale: e.value > xMax,
			labelY,
			trackY
		};
	});
	const axisY = y - METRICS.rowGap + 4;

	const present = data.estimates.filter((e) => groupOf(e) === 'present');
	const possible = data.estimates.filter((e) => groupOf(e) === 'possible');
	const forces = data.estimates.filter((e) => groupOf(e) === 'force');
	const fig = (e: TroopEstimate) => formatFigure({ ...e, unit: 'count' });
	const who = (e: TroopEstimate) =>
		e.estimateBy === 'not attributed'
			? fig(e)
			: `${fig(e)} by ${possessive(e.estimateBy)} estimate`;
	const listed = (items: string[]) =>
		items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
	const lo = present.reduce((a, b) => (b.value < a.value ? b : a), present[0]);
	const hi = present.reduce((a, b) => (b.value > a.value ? b : a), present[0]);
	const summaries: Record<TroopsState, string> = {
		estimates: `${capitalise(countWords(new Set(present.map((e) => e.source)).size))} undated reports, one each, put the North Korean soldiers sent to fight for Russia at ${listed(present.map(who))}. The sources differ, and the chart shows each figure as its source gave it, without an average; Ukraine's figure is an estimate, drawn with a halo rather than as an exact count.`,
		'up-to': `One report, citing unconfirmed reports, says ${listed(possible.map(fig))} North Korean soldiers may be sent: a possible future deployment, not troops present, and the only figure here called unconfirmed. On that scale the present-day estimates, from ${fig(lo)} to ${fig(hi)}, sit close together.`,
		force: `${listed(forces.map((e) => `${e.estimateBy === 'not attributed' ? 'One report' : e.estimateBy}`))} put the Russian force preparing to retake Kursk at ${listed(forces.map(fig))} soldiers, North Korean units included: the North Korean troops are part of that force, not added to it. Estimates of the North Korean troops range from ${fig(lo)} to ${fig(hi)}; up to ${n(Math.max(...possible.map((e) => e.value)))} may be sent, unconfirmed.`
	};

	return {
		width,
		height: Math.ceil(axisY + METRICS.axis),
		xMax,
		ticks,
		plot: { left: PLOT_LEFT, right: width - PLOT_RIGHT },
		axisY,
		marks,
		summary: summaries[state],
		table: {
			caption: 'Estimates of North Korean soldiers, and of the Russian force they are part of',
			columns: [
				{ key: 'figure', label: 'Figure' },
				{ key: 'value', label: 'Value', numeric: true },
				{ key: 'qualifier', label: 'Qualifier' },
				{ key: 'counts', label: 'What it counts' },
				{ key: 'by', label: 'Estimate by' },
				{ key: 'status', label: 'Status' },
				{ key: 'scale', label: 'On this scale' },
				{ key: 'source', label: 'Source' }
			],
			rows: data.estimates.map((e) => ({
				figure: fig(e),
				value: e.value,
				qualifier: QUALIFIER_WORDS[e.qualifier] || 'exact',
				counts: e.counts,
				by: e.estimateBy,
				status: e.status,
				scale: e.value > xMax ? 'no, beyond it' : 'yes',
				source: e.credit
			}))
		},
		sources: [...new Set(data.estimates.map((e) => e.source))]
	};
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
function countWords(k: number): string {
	return ['no', 'one', 'two', 'three', 'four', 'five'][k] ?? String(k);
}

function possessive(name: string): string {
	return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
