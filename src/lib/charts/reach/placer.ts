// Puts the map's names where they fit: each takes its cheapest spot (and fullest form) whose
// box, at every width the layout serves, stays inside the view and clear of every ring line,
// every dot and every name placed before it, leader lines included. The names a state must
// show go first, the most hemmed in first of all, with a short search back over earlier
// choices when one finds no room; the others follow in order, where they fit.
import { pxRect, scales, sizeOf, type LayoutSize, type Spot, type Text } from './boxes';
import type { Costed } from './spots';
import {
	inside,
	lineHits,
	overlapOver,
	rectAt,
	segmentHits,
	segmentsCross,
	sweep,
	type Growing,
	type Point,
	type Polyline,
	type Rect
} from './geometry';
import type { Box } from './view';

/** One name to place. */
export interface Request {
	id: string;
	/** Its forms, most wanted first (with its distance, then without). */
	forms: Text[];
	/** The spots it may take, each with its cost. */
	spots: Costed[];
	/** What each step down its forms costs, against the spots' costs (a name without its distance). */
	drop: number;
	/** A name the state must show: placed ahead of the others when it finds no room. */
	must?: boolean;
	/** The dot of a place the state may leave out: drawn with its name, so clear of the others'. */
	dot?: Growing;
}

export interface Placed {
	spot: Spot;
	/** Which of its forms fitted. */
	form: number;
}

/** What names keep clear of: the ring lines on show (round a centre) and the dots drawn. */
export interface Obstacles {
	centre: Point;
	lines: Polyline[];
	dots: Growing[];
}

/** Spots tried per name, and checks in all, when the names that must show compete. */
const BRANCHES = 4;
const SEARCH_BUDGET = 4000;
/** Past this many free spots, a name counts as having room enough. */
const ROOMY = 60;

/** How far a ring line strays from the centre: a box beyond that span cannot meet it. */
function reach(line: Polyline, c: Point): [number, number] {
	const d = line.map((p) => Math.hypot(p.x - c.x, p.y - c.y));
	return [Math.min(...d), Math.max(...d)];
}

function span(r: Rect, c: Point): [number, number] {
	const dx = Math.max(r.x0 - c.x, 0, c.x - r.x1);
	const dy = Math.max(r.y0 - c.y, 0, c.y - r.y1);
	const fx = Math.max(Math.abs(r.x0 - c.x), Math.abs(r.x1 - c.x));
	const fy = Math.max(Math.abs(r.y0 - c.y), Math.abs(r.y1 - c.y));
	return [Math.hypot(dx, dy), Math.hypot(fx, fy)];
}

/** Places the names for one layout; a name with no room maps to null. */
export function place(
	requests: Request[],
	obstacles: Obstacles,
	view: Box,
	size: LayoutSize
): Map<string, Placed | null> {
	const [t0, t1] = scales(size, view.width);
	const ts = [t0, (t0 + t1) / 2, t1];
	const frame: Rect = { x0: view.x, y0: view.y, x1: view.x + view.width, y1: view.y + view.height };
	const lines = obstacles.lines.map((l) => ({ l, r: reach(l, obstacles.centre) }));
	const boxes: Growing[] = [];
	const leaders: [Point, Point][] = [];

	let checks = 0;
	const clear = (box: Growing, spot: Spot, dot?: Growing) => {
		checks++;
		if (!inside(rectAt(box, t0), frame) || !inside(rectAt(box, t1), frame)) return false;
		const swept = sweep(box, t0, t1);
		const [near, far] = span(swept, obstacles.centre);
		for (const { l, r } of lines)
			if (far >= r[0] && near <= r[1] && lineHits(l, swept)) return false;
		const own = spot.from ?? spot;
		const others = (b: Growing) => b.at.x !== own.x || b.at.y !== own.y;
		for (const b of boxes)
			if (overlapOver(box, b, t0, t1) || (dot && overlapOver(dot, b, t0, t1))) return false;
		for (const d of obstacles.dots) if (others(d) && overlapOver(box, d, t0, t1)) return false;
		for (const t of ts) {
			const r = rectAt(box, t);
			for (const l of leaders) {
				if (segmentHits(l[0], l[1], r) || (dot && segmentHits(l[0], l[1], rectAt(dot, t))))
					return false;
				if (spot.from && segmentsCross(spot.from, spot, l[0], l[1])) return false;
			}
			if (!spot.from) continue;
			for (const b of boxes) if (segmentHits(spot.from, spot, rectAt(b, t))) return false;
			for (const d of obstacles.dots)
				if (others(d) && segmentHits(spot.from, spot, rectAt(d, t))) return false;
		}
		return true;
	};

	/** Each name's spots in each of its forms, cheapest first, made once. */
	const options = new Map<Request, { spot: Spot; form: number; box: Growing }[]>();
	const optionsOf = (req: Request) => {
		let o = options.get(req);
		if (!o) {
			const sizes = req.forms.map(sizeOf);
			o = req.forms
				.flatMap((_, form) =>
					req.spots.map((c) => ({ ...c, form, cost: c.cost + form * req.drop }))
				)
				.sort((a, b) => a.cost - b.cost)
				.map(({ spot, form }) => ({
					spot,
					form,
					box: { at: { x: spot.x, y: spot.y }, px: pxRect(spot, sizes[form]) }
				}));
			options.set(req, o);
		}
		return o;
	};
	/** Every spot and form of a name that clears what is placed, cheapest first. */
	function* fits(req: Request) {
		for (const o of optionsOf(req)) if (clear(o.box, o.spot, req.dot)) yield o;
	}
	type Fit = ReturnType<typeof fits> extends Generator<infer F> ? F : never;
	const placed = new Map<string, Placed | null>();
	const put = (req: Request, f: Fit) => {
		placed.set(req.id, { spot: f.spot, form: f.form });
		boxes.push(f.box);
		if (f.spot.from) leaders.push([f.spot.from, f.spot]);
	};
	const undo = (req: Request, f: Fit) => {
		placed.delete(req.id);
		boxes.pop();
		if (f.spot.from) leaders.pop();
	};

	// The names the state must show come first, those with the fewest spots free of the rings
	// first of all; when one finds no room, the search goes back to an earlier one's next spot
	// (a few per name, and a few thousand checks in all).
	const room = new Map<Request, number>();
	for (const r of requests.filter((q) => q.must)) {
		let n = 0;
		for (const o of fits(r)) if (o.form === r.forms.length - 1 && ++n >= ROOMY) break;
		room.set(r, n);
	}
	const musts = [...room.keys()].sort((a, b) => room.get(a)! - room.get(b)!);
	const solve = (i: number): boolean => {
		if (i === musts.length) return true;
		let tried = 0;
		for (const f of fits(musts[i])) {
			put(musts[i], f);
			if (solve(i + 1)) return true;
			undo(musts[i], f);
			if (++tried >= BRANCHES || checks > SEARCH_BUDGET) break;
		}
		return false;
	};
	const greedy = (reqs: Request[]) => {
		for (const req of reqs) {
			const f = fits(req).next();
			if (f.done) placed.set(req.id, null);
			else put(req, f.value);
		}
	};
	if (!solve(0)) greedy(musts.filter((r) => !placed.has(r.id)));
	greedy(requests.filter((r) => !r.must));
	return placed;
}
