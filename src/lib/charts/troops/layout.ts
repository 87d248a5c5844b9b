// Where the troops chart's rows sit, in px for the plot's width: each label's lines above its
// mark's track, with room for whichever state needs most, so rows never move between states.
import type { MarkWords } from './words';

export interface TroopsLayout {
	width: number;
}
export const DEFAULT_LAYOUT: TroopsLayout = { width: 600 };

// Type metrics the layout reserves room by (DejaVu Sans, the widest common system-ui face).
export const METRICS = { line: 18, char: 7.2, tag: 20, track: 26, rowGap: 18, axis: 24 } as const;
/** Where 0 and the scale's end sit: the right margin holds off-scale arrows and the last tick. */
export const PLOT_MARGIN = { left: 8, right: 30 } as const;

/** How many lines a text takes at a width, by the layout's type metrics. */
export function linesFor(chars: number, extra: number, width: number): number {
	return Math.max(1, Math.ceil((chars * METRICS.char + extra) / width));
}

/** The two label lines of a mark: value, tags and what it counts; then who and which source. */
export function labelLines(
	m: Pick<MarkWords, 'valueText' | 'tags' | 'counts' | 'byline'>,
	width: number
) {
	const first = `${m.valueText} ${m.tags.join(' ')} ${m.counts}`;
	return {
		first: linesFor(first.length, m.tags.length * METRICS.tag, width),
		second: linesFor(m.byline.length, 0, width)
	};
}

/**
 * Each row's label top and track centre, given its label's words in every state, and the top
 * of the tick labels under the last row.
 */
export function rows(labels: MarkWords[][], width: number) {
	let y = 0;
	const placed = labels.map((states) => {
		const lines = states
			.map((words) => labelLines(words, width))
			.reduce((a, b) => ({
				first: Math.max(a.first, b.first),
				second: Math.max(a.second, b.second)
			}));
		const labelY = y;
		const trackY = labelY + (lines.first + lines.second) * METRICS.line + METRICS.track / 2;
		y = trackY + METRICS.track / 2 + METRICS.rowGap;
		return { labelY, trackY };
	});
	return { rows: placed, axisY: y - METRICS.rowGap + 4 };
}
