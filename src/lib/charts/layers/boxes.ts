// The geometry of a glide: the transform that lays a mark's new box over the box it showed,
// where a box is part of the way, and the one map that carries a set of marks at once. Pure:
// no element, no style.
import type { Part } from './fly';

/** A number as a transform writes it: six places are finer than any pixel. */
const round = (v: number) => Number(v.toFixed(6));

/** A map of user space: each point (x, y) to (sx·x + tx, sy·y + ty). */
export interface Shared {
	sx: number;
	sy: number;
	tx: number;
	ty: number;
}

/** The map under which a box drawn as `to` covers `from`; null when `to` has no width or
 * height (no scale maps it). */
function mapFrom(from: Part, to: Part): Shared | null {
	if (to.width <= 0 || to.height <= 0) return null;
	// Not quite zero: the compositor cannot run a transform that collapses the mark.
	const sx = Math.max(from.width / to.width, 1e-3);
	const sy = Math.max(from.height / to.height, 1e-3);
	return { sx, sy, tx: from.x - sx * to.x, ty: from.y - sy * to.y };
}

/** A map as a CSS transform, about the origin a transform-origin of `0 0` gives. */
export const transformOf = ({ sx, sy, tx, ty }: Shared) =>
	`translate(${round(tx)}px, ${round(ty)}px) scale(${round(sx)}, ${round(sy)})`;

/**
 * The transform under which a box drawn as `to` covers `from`: each axis scaled by the boxes'
 * ratio and moved so their corners meet, about the user space's origin (SVG) or, `own`, the
 * box's own corner (HTML). Null when `to` has no width or height (no scale maps it).
 */
export function boxFrom(from: Part, to: Part, own = false): string | null {
	const map = mapFrom(from, to);
	if (!map) return null;
	return transformOf(own ? { ...map, tx: from.x - to.x, ty: from.y - to.y } : map);
}

/** Where a box is, a fraction `p` of the way from `a` to `b` (a transform between them moves
 * every edge linearly). */
export function boxAt(a: Part, b: Part, p: number): Part {
	const at = (u: number, v: number) => u + (v - u) * p;
	return {
		x: at(a.x, b.x),
		y: at(a.y, b.y),
		width: at(a.width, b.width),
		height: at(a.height, b.height)
	};
}

/** A mark's move: the box it showed, the box it is drawn at. */
export type Motion = { from: Part; to: Part };

/**
 * The one map of user space that carries every mark from the box it showed (`from`) to the
 * box it is drawn at (`to`), each edge within a 500th of the marks' extent, if there is one:
 * marks that all grow from a baseline, or all take a new scale together, move as one.
 */
export function sharedFrom(moves: Motion[]): Shared | null {
	const span = (ps: Part[]) => {
		const [x, y] = [Math.min(...ps.map((p) => p.x)), Math.min(...ps.map((p) => p.y))];
		const right = Math.max(...ps.map((p) => p.x + p.width));
		const bottom = Math.max(...ps.map((p) => p.y + p.height));
		return { x, y, width: right - x, height: bottom - y };
	};
	if (moves.length === 0) return null;
	const [from, to] = [span(moves.map((m) => m.from)), span(moves.map((m) => m.to))];
	const map = mapFrom(from, to);
	if (!map) return null;
	const { sx, sy, tx, ty } = map;
	const near = (a: number, b: number) =>
		Math.abs(a - b) <= 2e-3 * Math.max(from.width, from.height, to.width, to.height);
	const fits = ({ from: f, to: t }: Motion) =>
		near(sx * t.x + tx, f.x) &&
		near(sy * t.y + ty, f.y) &&
		near(sx * t.width, f.width) &&
		near(sy * t.height, f.height);
	return moves.every(fits) ? map : null;
}
