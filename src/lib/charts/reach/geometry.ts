// Plane geometry for the map's names: boxes that keep their size in px while the map scales,
// and the ring lines they must not cross. A label's box at a map scale of t units per px is
// its point plus its px rectangle times t, so one check covers every width of a layout.

export interface Point {
	x: number;
	y: number;
}

export interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A box fixed in px round a point fixed on the map: at t units per px, `at + px·t`. */
export interface Growing {
	at: Point;
	px: Rect;
}

/** The box in map units at t units per px. */
export const rectAt = ({ at, px }: Growing, t: number): Rect => ({
	x0: at.x + px.x0 * t,
	y0: at.y + px.y0 * t,
	x1: at.x + px.x1 * t,
	y1: at.y + px.y1 * t
});

/** Everything the box covers at any scale from t0 to t1: each corner moves in a line. */
export function sweep(g: Growing, t0: number, t1: number): Rect {
	const a = rectAt(g, t0);
	const b = rectAt(g, t1);
	return {
		x0: Math.min(a.x0, b.x0),
		y0: Math.min(a.y0, b.y0),
		x1: Math.max(a.x1, b.x1),
		y1: Math.max(a.y1, b.y1)
	};
}

export const inside = (r: Rect, outer: Rect) =>
	r.x0 >= outer.x0 && r.y0 >= outer.y0 && r.x1 <= outer.x1 && r.y1 <= outer.y1;

export const overlaps = (a: Rect, b: Rect) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether two growing boxes overlap at any scale from t0 to t1: four linear conditions in t. */
export function overlapOver(a: Growing, b: Growing, t0: number, t1: number): boolean {
	let lo = t0;
	let hi = t1;
	// c + k·t < 0 narrows [lo, hi] to where it holds.
	const below = (c: number, k: number) => {
		if (k === 0) {
			if (c >= 0) hi = lo - 1;
		} else if (k > 0) hi = Math.min(hi, -c / k);
		else lo = Math.max(lo, -c / k);
	};
	below(a.at.x - b.at.x, a.px.x0 - b.px.x1);
	below(b.at.x - a.at.x, b.px.x0 - a.px.x1);
	below(a.at.y - b.at.y, a.px.y0 - b.px.y1);
	below(b.at.y - a.at.y, b.px.y0 - a.px.y1);
	return hi - lo > 1e-9;
}

/** Whether the segment p–q passes through the rectangle. */
export function segmentHits(p: Point, q: Point, r: Rect): boolean {
	if (Math.max(p.x, q.x) < r.x0 || Math.min(p.x, q.x) > r.x1) return false;
	if (Math.max(p.y, q.y) < r.y0 || Math.min(p.y, q.y) > r.y1) return false;
	// The rectangle's corners on both sides of the segment's line (or on it): they meet.
	const [ux, uy] = [q.x - p.x, q.y - p.y];
	const a = ux * (r.y0 - p.y) - uy * (r.x0 - p.x);
	const b = ux * (r.y0 - p.y) - uy * (r.x1 - p.x);
	const c = ux * (r.y1 - p.y) - uy * (r.x0 - p.x);
	const d = ux * (r.y1 - p.y) - uy * (r.x1 - p.x);
	return Math.min(a, b, c, d) <= 0 && Math.max(a, b, c, d) >= 0;
}

/** A ring line: its vertices in order, closed. */
export type Polyline = Point[];

/** Whether a closed line passes through the rectangle. */
export function lineHits(line: Polyline, r: Rect): boolean {
	for (let i = 0; i < line.length; i++)
		if (segmentHits(line[i], line[(i + 1) % line.length], r)) return true;
	return false;
}

/** The closed lines of an SVG path of M, L and Z commands (as d3-geo writes them). */
export function polylines(path: string): Polyline[] {
	return path
		.split('M')
		.filter((s) => s.trim())
		.map((s) =>
			[...s.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }))
		);
}

/** Whether segments a–b and c–d cross. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
	const turn = (p: Point, q: Point, r: Point) =>
		Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
	return turn(a, b, c) * turn(a, b, d) < 0 && turn(c, d, a) * turn(c, d, b) < 0;
}
