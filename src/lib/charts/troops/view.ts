// The troops chart's pure view: every estimate of North Korean soldiers, and of the Russian
// force they are part of, on one scale that widens between states; each qualifier in its
// mark's shape. Laid out in px for the plot's width (chart.ts measures it).
import type { Say } from '$lib/content/words';
import { scaleLinear } from 'd3-scale';
import type { Qualifier } from '$lib/data/schema';
import type { ChartViewBase } from '../types';
import { OPACITY, domainFor, emphasisOf, groupOf, type Emphasis, type Group } from './groups';
import { COMPACT_WIDTH, DEFAULT_LAYOUT, PLOT_MARGIN, metricsFor, rows } from './layout';
import type { TroopsLayout } from './layout';
import { markWords, type MarkWords } from './words';
import { troopsSummary } from './summary';
import { troopsTable } from './table';
import type { TroopsData } from './data.server';
import { STATES, type TroopsState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { TroopsState };
export type { Emphasis, Group, TroopsLayout };
export { DEFAULT_LAYOUT };

/** One estimate: its mark on the scale and its label above it. Positions in layout px. */
export interface TroopMark extends MarkWords {
	id: string;
	group: Group;
	value: number;
	qualifier: Qualifier;
	/** A party's own estimate given as a plain number: drawn with a halo, never as exact. */
	estimate: boolean;
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
	/** Phones: short words, lines of 15px, tight rows (layout.ts). */
	compact: boolean;
	/** A label line's height, px. */
	line: number;
	/** A mark's reach above and below its track (its halo's radius), and its dot's radius, px. */
	halo: number;
	dot: number;
	/** One per row of troops.csv, in the file's order, in every state. */
	marks: TroopMark[];
}

export function troopsView(
	data: TroopsData,
	state: TroopsState,
	say: Say,
	layout: TroopsLayout = DEFAULT_LAYOUT
): TroopsView {
	const width = Math.max(280, Math.round(layout.width));
	const compact = width < COMPACT_WIDTH;
	const mx = metricsFor(width);
	const xMax = domainFor(data, state);
	const ticks = scaleLinear()
		.domain([0, xMax])
		.ticks(width < 480 ? 3 : 6)
		.map((value) => ({ value, label: say.n(value) }));
	// Room for each label's lines in whichever state needs most, so rows never move.
	const placed = rows(
		data.estimates.map((e) => STATES.map((s) => markWords(e, domainFor(data, s), say, compact))),
		width,
		mx
	);
	const marks: TroopMark[] = data.estimates.map((e, i) => {
		const group = groupOf(e);
		const emphasis = emphasisOf(group, state);
		return {
			id: e.id,
			group,
			value: e.value,
			qualifier: e.qualifier,
			estimate: e.status === 'estimate' && e.qualifier === 'exact',
			...markWords(e, xMax, say, compact),
			bar: group === 'force',
			emphasis,
			opacity: OPACITY[emphasis],
			offScale: e.value > xMax,
			...placed.rows[i]
		};
	});
	return {
		width,
		height: Math.ceil(placed.axisY + mx.axis),
		xMax,
		ticks,
		plot: { left: PLOT_MARGIN.left, right: width - PLOT_MARGIN.right },
		axisY: placed.axisY,
		compact,
		line: mx.line,
		halo: mx.halo,
		dot: mx.dot,
		marks,
		summary: troopsSummary(data, state, say),
		table: troopsTable(data, xMax, say),
		sources: [...new Set(data.estimates.map((e) => e.source))]
	};
}
