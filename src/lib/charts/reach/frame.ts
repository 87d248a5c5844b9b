// How each state frames the map: the HIMARS and Storm Shadow steps zoom on their ring; the
// ATACMS steps share the whole frame, which was fitted to the ATACMS band and the Russian
// cities round it (projection.server.ts).
import type { ReachData, RingId } from './data.server';
import type { Box, ReachState } from './view';

/** What each state is about: the ring and places its view must hold, and the margin round them. */
export const FOCUS: Record<ReachState, { rings: RingId[]; places: string[]; pad: number } | null> =
	{
		himars: { rings: ['himars'], places: ['Sudzha', 'Kursk'], pad: 0.12 },
		'storm-shadow': { rings: ['storm-shadow'], places: [], pad: 0.06 },
		atacms: null,
		kursk: null
	};
/** The map never zooms in further than this, so the 1:50m outlines stay smooth. */
export const MAX_ZOOM = 2;
/** The places the Kursk state is about, named in bold with their distance. */
export const KURSK_PLACES = ['Kursk', 'Sudzha'];

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

/** The part of the frame a state shows: its ring and places, padded; or the whole frame. */
export function viewBoxFor(data: ReachData, state: ReachState): Box {
	const focus = FOCUS[state];
	if (!focus) return { x: 0, y: 0, width: data.frame.width, height: data.frame.height };
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

/** Whether a point lies in the view, `margin` (a share of its size) inside its edges. */
export const inView = (box: Box, p: { x: number; y: number }, margin = 0.02) =>
	p.x >= box.x + box.width * margin &&
	p.x <= box.x + box.width * (1 - margin) &&
	p.y >= box.y + box.height * margin &&
	p.y <= box.y + box.height * (1 - margin);
