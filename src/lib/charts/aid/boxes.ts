// Where a bar is drawn, in the plot's units: its scales' x and y of the mark's % of the plot.
import type { AidMark } from './marks';

interface Scales {
	xScale: (v: number) => number;
	yScale: (v: number) => number;
}

/** A bar's rect attributes (never a negative width or height). */
export function boxOf(k: Scales, m: AidMark) {
	const [left, top] = [k.xScale(m.x0), k.yScale(m.y)];
	return {
		x: left,
		y: top,
		width: Math.max(0, k.xScale(m.x1) - left),
		height: Math.max(0, k.yScale(m.y + m.h) - top)
	};
}
