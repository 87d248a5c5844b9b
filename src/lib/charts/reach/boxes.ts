// How big a name is on the map, estimated from its text in the 13px type the map sets it in,
// and the box it takes beside its point: the same sums as the CSS transform that places it.
import type { Growing, Point, Rect } from './geometry';

/**
 * The widths each layout serves, in px: narrow from a 320px screen's map up to the container
 * query at 560px, wide from there to the widest embed (72rem).
 */
export const LAYOUTS = { narrow: { min: 288, max: 559 }, wide: { min: 560, max: 1152 } } as const;
export type LayoutSize = keyof typeof LAYOUTS;

/**
 * A character's advance at 13px, regular and bold, and a spaced capital's: the widest common
 * face (DejaVu Sans, which the downloads use) at its digits, so a name is never wider than
 * its box by more than the box's pad.
 */
const CHAR_PX = 8;
const BOLD_PX = 9;
const CAPS_PX = 11;
/** A line of 13px type at line-height 1.2, rounded up. */
const LINE_PX = 16;
/** Room kept round every box: the halo, and half a ring's stroke. */
export const PAD_PX = 2;

/** A name as it is set: its lines, the first bold or all in spaced capitals. */
export interface Text {
	lines: string[];
	bold?: boolean;
	caps?: boolean;
	/** Room for a mark set before the first line (the arrow to a place beyond the frame), in characters. */
	lead?: number;
}

/** Estimated size of a text in px. */
export function sizeOf(text: Text): { w: number; h: number } {
	const char = (i: number) => (text.caps ? CAPS_PX : text.bold && i === 0 ? BOLD_PX : CHAR_PX);
	return {
		w: Math.max(
			...text.lines.map((l, i) => ([...l].length + (i ? 0 : (text.lead ?? 0))) * char(i))
		),
		h: text.lines.length * LINE_PX
	};
}

/**
 * Where a name sits: beside the point (x, y), growing from it in direction (dx, dy) (-1
 * left/above … 1 right/below), `gap` px away; or, when it sits away from what it names, at the
 * end of a leader line drawn from `from`. Points are in map units, the gap in px.
 */
export interface Spot extends Point {
	dx: number;
	dy: number;
	gap: number;
	from: Point | null;
}

/** The px rectangle a text of this size takes at a spot, relative to the spot's point. */
export function pxRect(spot: Spot, size: { w: number; h: number }, pad = PAD_PX): Rect {
	const left = -size.w / 2 + (spot.dx * size.w) / 2 + spot.dx * spot.gap;
	const top = -size.h / 2 + (spot.dy * size.h) / 2 + spot.dy * spot.gap;
	return { x0: left - pad, y0: top - pad, x1: left + size.w + pad, y1: top + size.h + pad };
}

/** A text at a spot as a box growing with the map's scale. */
export const boxOf = (spot: Spot, text: Text, pad = PAD_PX): Growing => ({
	at: { x: spot.x, y: spot.y },
	px: pxRect(spot, sizeOf(text), pad)
});

/** The map's scale, units per px, at the widest and narrowest map a layout serves. */
export function scales(size: LayoutSize, viewWidth: number): [number, number] {
	return [viewWidth / LAYOUTS[size].max, viewWidth / LAYOUTS[size].min];
}
