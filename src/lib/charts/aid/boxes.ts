// A bar piece's box on the plot's scales (Bars draws its fill, Outlines its outline).
import type { AidMark } from './view';

import type { LayerCakeContext } from 'layercake';

type Scales = Pick<LayerCakeContext, 'xScale' | 'yScale'>;

/** A piece's box in the scales' units: from its start to its end, as tall as its row. */
export function aidBox(k: Scales, m: AidMark) {
	const [left, top] = [k.xScale(m.x0), k.yScale(m.y)];
	return {
		x: left,
		y: top,
		width: Math.max(0, k.xScale(m.x1) - left),
		height: Math.max(0, k.yScale(m.y + m.h) - top)
	};
}
