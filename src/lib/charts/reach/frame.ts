// How each state frames the map (a zoom on the part it is about), and whether a label fits
// inside that view at the smallest size each layout meets.
import type { ReachData, RingId } from './data.server';
import type { Box, Direction, ReachState } from './view';

/** What each state is about: the rings and places its view must hold, and the margin round them. */
export const FOCUS: Record<ReachState, { rings: RingId[]; places: string[]; pad: number }> = {
	himars: { rings: ['himars'], places: ['Kharkiv', 'Kursk'], pad: 0.12 },
	'storm-shadow': { rings: ['storm-shadow'], places: [], pad: 0.06 },
	atacms: { rings: [], places: [], pad: 0 },
	kursk: { rings: [], places: ['Kursk', 'Sudzha', 'Sumy'], pad: 0.3 }
};
/** The map never zooms in further than this, so the 1:50m outlines stay smooth. */
export const MAX_ZOOM = 2.5;
/**
 * The smallest map each layout meets, in px (narrow: a 320px screen; wide: past the container
 * query), and a label's size there, estimated from its text (13px type), so that a label is
 * only drawn where it stays inside the map.
 */
const LAYOUT_PX = { wide: 560, narrow: 288 };
const CHAR_PX = 7.6;
const LINE_PX = 16;
const GAP_PX = 10;

export type LayoutSize = keyof typeof LAYOUT_PX;

/** The frame's part that holds the given points and boxes, padded, at the frame's shape. */
export function fitBox(
	frame: { width: number; height: number },
	extents: [number, number, number, number][],
	pad: number
): Box {
	if (!extents.length) return { x: 0, y: 0, width: frame.width, height: frame.height };
	const x0 = Math.min(...extents.map((e) => e[0]));
	const y0 = Math.min(...extents.map((e) => e[1]));
	const x1 = Math.max(...extents.map((e) => e[2]));
	const y1 = Math.max(...extents.map((e) => e[3]));
	const aspect = frame.width / frame.height;
	let width = Math.max(x1 - x0, (y1 - y0) * aspect) * (1 + 2 * pad);
	width = Math.min(frame.width, Math.max(width, frame.width / MAX_ZOOM));
	const height = width / aspect;
	const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
	const x = clamp((x0 + x1) / 2 - width / 2, 0, frame.width - width);
	const y = clamp((y0 + y1) / 2 - height / 2, 0, frame.height - height);
	const r = (v: number) => Math.round(v * 10) / 10;
	return { x: r(x), y: r(y), width: r(width), height: r(height) };
}

/** The part of the frame a state shows: its rings and places, padded. */
export function viewBoxFor(data: ReachData, state: ReachState): Box {
	const focus = FOCUS[state];
	return fitBox(
		data.frame,
		[
			...data.rings.filter((r) => focus.rings.includes(r.id)).map((r) => r.box),
			...focus.places
				.map((name) => data.places.find((p) => p.name === name))
				.filter((p) => p !== undefined)
				.map((p): [number, number, number, number] => [p.x, p.y, p.x, p.y])
		],
		focus.pad
	);
}

/** What is in a state's view, and which labels fit inside it. */
export interface Fit {
	/** Whether a point lies in the view, `margin` (a share of its size) inside its edges. */
	inView: (p: { x: number; y: number }, margin?: number) => boolean;
	/** Whether a label of these lines at p, growing in direction d, stays inside the view. */
	fits: (p: { x: number; y: number }, d: Direction, size: LayoutSize, lines: string[]) => boolean;
}

export function fitIn(frame: ReachData['frame'], viewBox: Box): Fit {
	const inView = (p: { x: number; y: number }, margin = 0.02) =>
		p.x >= viewBox.x + viewBox.width * margin &&
		p.x <= viewBox.x + viewBox.width * (1 - margin) &&
		p.y >= viewBox.y + viewBox.height * margin &&
		p.y <= viewBox.y + viewBox.height * (1 - margin);
	const fits: Fit['fits'] = (p, d, size, lines) => {
		const widthPx = LAYOUT_PX[size];
		const heightPx = (widthPx * frame.height) / frame.width;
		const w = (Math.max(...lines.map((l) => l.length)) * CHAR_PX + GAP_PX) / widthPx;
		const h = (lines.length * LINE_PX + GAP_PX) / heightPx;
		const fx = (p.x - viewBox.x) / viewBox.width;
		const fy = (p.y - viewBox.y) / viewBox.height;
		// The share of the label on each side of its point, from its direction.
		const room = (f: number, towards: number, share: number) =>
			f >= share * (0.5 - towards / 2) && 1 - f >= share * (0.5 + towards / 2);
		return inView(p) && room(fx, d.dx, w) && room(fy, d.dy, h);
	};
	return { inView, fits };
}
