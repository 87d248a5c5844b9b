// A month's stacked piece: its box on the plot's scales, and its paint in an image (the
// page's CSS in Fills.svelte and Outlines.svelte says the same).
import type { MonthSegment } from './view';

import type { LayerCakeContext } from 'layercake';

type Scales = Pick<LayerCakeContext, 'xScale' | 'yScale'>;

/** A piece's box in the scales' units: the month's band, from its lower value to its upper. */
export function segmentBox(k: Scales, d: MonthSegment) {
	const [top, bottom] = [k.yScale(d.y1), k.yScale(d.y0)];
	return {
		x: k.xScale(d.month),
		y: Math.min(top, bottom),
		width: k.xScale.bandwidth(),
		height: Math.abs(bottom - top)
	};
}

/** Each part as [fill, fill-opacity, stroke, stroke width, dashes] (colour tokens). */
export const PAINT = {
	killed: ['people', 1, null, 0, null],
	injured: ['people', 0.22, 'people', 1, null],
	total: ['neutral', 0.3, 'neutral', 1.5, '4 3']
} as const;
