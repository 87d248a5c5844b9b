// Where the troops chart's rows sit, in px for the plot's width: each label's lines above its
// mark's track, with room for whichever state needs most, so rows never move between states.
import type { MarkWords } from './words';

export interface TroopsLayout {
	width: number;
}
export const DEFAULT_LAYOUT: TroopsLayout = { width: 600 };

/**
 * Below this width (phones, and a phone's plot zoomed down to its floor) the chart takes its
 * compact form: short words, tight rows. Bands 0 and 1 of MeasuredPlot are compact.
 */
export const COMPACT_WIDTH = 560;

/** Type metrics the layout reserves room by (DejaVu Sans, the widest common system-ui face). */
export interface Metrics {
	line: number;
	char: number;
	tag: number;
	track: number;
	rowGap: number;
	axis: number;
	/** A mark's reach above and below its track: the halo's radius; and its dot's. */
	halo: number;
	dot: number;
	/** The label's two parts run on as one paragraph (compact), not two. */
	inline: boolean;
}
export const METRICS: Metrics = {
	line: 18,
	char: 7.2,
	tag: 20,
	track: 26,
	rowGap: 18,
	axis: 24,
	halo: 11,
	dot: 6,
	inline: false
};
/**
 * The compact form's: one paragraph of 14px lines, smaller marks on a track as tall as they
 * are, rows touching: five rows and the axis fit a 320px phone's band (about 257px) at 13px.
 */
export const COMPACT_METRICS: Metrics = {
	...METRICS,
	line: 14,
	track: 14,
	rowGap: 0,
	axis: 16,
	halo: 7,
	dot: 4.5,
	inline: true
};
/** The metrics for a plot's width. */
export const metricsFor = (width: number) => (width < COMPACT_WIDTH ? COMPACT_METRICS : METRICS);
/** Where 0 and the scale's end sit: the right margin holds off-scale arrows and the last tick. */
export const PLOT_MARGIN = { left: 8, right: 30 } as const;

/** How many lines a text takes at a width, by the layout's type metrics. */
export function linesFor(chars: number, extra: number, width: number, mx = METRICS): number {
	return Math.max(1, Math.ceil((chars * mx.char + extra) / width));
}

/** The two label lines of a mark: value, tags and what it counts; then who and which source. */
export function labelLines(
	m: Pick<MarkWords, 'valueText' | 'tags' | 'counts' | 'byline'>,
	width: number,
	mx = METRICS
) {
	const first = `${m.valueText} ${m.tags.join(' ')} ${m.counts}`;
	if (mx.inline)
		return {
			first: linesFor(`${first} · ${m.byline}`.length, m.tags.length * mx.tag, width, mx),
			second: 0
		};
	return {
		first: linesFor(first.length, m.tags.length * mx.tag, width, mx),
		second: linesFor(m.byline.length, 0, width, mx)
	};
}

/**
 * Each row's label top and track centre, given its label's words in every state, and the top
 * of the tick labels under the last row.
 */
export function rows(labels: MarkWords[][], width: number, mx = METRICS) {
	let y = 0;
	const placed = labels.map((states) => {
		const lines = states
			.map((words) => labelLines(words, width, mx))
			.reduce((a, b) => ({
				first: Math.max(a.first, b.first),
				second: Math.max(a.second, b.second)
			}));
		const labelY = y;
		const trackY = labelY + (lines.first + lines.second) * mx.line + mx.track / 2;
		y = trackY + mx.track / 2 + mx.rowGap;
		return { labelY, trackY };
	});
	return { rows: placed, axisY: y - mx.rowGap + 4 };
}
