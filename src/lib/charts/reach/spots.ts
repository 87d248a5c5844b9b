// The spots a name may take, each with a cost: beside its point on its preferred side costs
// least; other sides a little more; the end of a leader line more again, the more the longer
// it is and the further round from the preferred side. A leader's length is in map units (a
// share of the view's width), so its end keeps its place on the map as the map scales, on the
// same side of every ring. Angles are in degrees clockwise from straight up.
import type { Spot } from './boxes';
import type { Point, Polyline } from './geometry';
import type { Direction } from './view';

/** A spot and what taking it costs (see the header). */
export interface Costed {
	spot: Spot;
	cost: number;
}

/** A name's gap from its point, px; the launch point's dot is larger. */
export const GAP = { place: 6, launch: 9, ring: 6, edge: 4, leader: 3 };
/** Leader lengths tried, as shares of the view's width. */
const LEADERS = {
	place: [0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12, 0.14],
	ring: [0.03, 0.05, 0.08, 0.11]
};
/** What a leader costs before its length (per share of the view's width) and its angle (per degree). */
const COST = { leader: 10, length: 100, angle: 0.08 };
const EIGHT = [90, 270, 0, 180, 45, 315, 135, 225];
const SIXTEEN = Array.from({ length: 16 }, (_, i) => i * 22.5);
const EVERY_15 = Array.from({ length: 24 }, (_, i) => i * 15);
const EVERY_30 = EVERY_15.filter((a) => a % 30 === 0);

const unit = (a: number) => ({
	x: Math.sin((a * Math.PI) / 180),
	y: -Math.cos((a * Math.PI) / 180)
});
const angleOf = (v: Point) => ((Math.atan2(v.x, -v.y) * 180) / Math.PI + 360) % 360;
const apart = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

/** A direction with its larger part scaled to 1: the name grows that way from its point. */
export function towards(v: Point): Direction {
	const m = Math.max(Math.abs(v.x), Math.abs(v.y));
	const r = (n: number) => Math.round((n / m) * 100) / 100 || 0;
	return { dx: r(v.x), dy: r(v.y) };
}

/** The end of a leader `r` units long from `p` at angle `a`, the name growing on that way. */
function leader(p: Point, r: number, a: number): Spot {
	const u = unit(a);
	return { x: p.x + u.x * r, y: p.y + u.y * r, ...towards(u), gap: GAP.leader, from: p };
}

/**
 * A place's spots: beside its dot, its preferred side first, then the other compass points;
 * then (if `lead`) at the end of a leader, every 22.5° round.
 */
export function placeSpots(
	p: Point,
	prefer: Direction | undefined,
	gap: number,
	lead: boolean,
	viewWidth: number
): Costed[] {
	const want = prefer ? angleOf({ x: prefer.dx, y: prefer.dy }) : 90;
	const beside = EIGHT.map((a) => ({
		spot: { x: p.x, y: p.y, ...towards(unit(a)), gap, from: null },
		cost: prefer && apart(a, want) < 1 ? 0 : 1 + EIGHT.indexOf(a) / 10
	}));
	if (!lead) return beside;
	const leaders = LEADERS.place.flatMap((share) =>
		SIXTEEN.map((a) => ({
			spot: leader(p, share * viewWidth, a),
			cost: COST.leader + share * COST.length + apart(a, want) * COST.angle
		}))
	);
	return [...beside, ...leaders];
}

/** A ring line's vertex nearest an angle from the centre. */
function vertexFinder(line: Polyline, c: Point): (a: number) => Point {
	const angles = line.map((v) => angleOf({ x: v.x - c.x, y: v.y - c.y }));
	return (a) => {
		let best = 0;
		for (let i = 1; i < line.length; i++)
			if (apart(angles[i], a) < apart(angles[best], a)) best = i;
		return line[best];
	};
}

/**
 * A ring's label spots: on its outer edge facing out or its inner edge facing in, the preferred
 * angles first, then every 15°; then (if `lead`) leaders from every 30°, out or in and ±35° aside.
 */
export function ringSpots(
	[outer, inner]: [Polyline, Polyline],
	c: Point,
	prefer: number[],
	lead: boolean,
	viewWidth: number
): Costed[] {
	const [atOuter, atInner] = [vertexFinder(outer, c), vertexFinder(inner, c)];
	const rank = (a: number) => (prefer.includes(a) ? prefer.indexOf(a) / 10 : 1);
	const ends = (angles: number[]) =>
		[...new Set([...prefer, ...angles])].flatMap((a) => [
			{ v: atOuter(a), a, cost: rank(a) },
			{ v: atInner(a), a: (a + 180) % 360, cost: rank(a) + 0.5 }
		]);
	const beside = ends(EVERY_15).map(({ v, a, cost }) => ({
		spot: { ...v, ...towards(unit(a)), gap: GAP.ring, from: null },
		cost
	}));
	if (!lead) return beside;
	const leaders = LEADERS.ring.flatMap((share) =>
		ends(EVERY_30).flatMap(({ v, a, cost }) =>
			[a, a + 35, a - 35].map((b) => ({
				spot: leader(v, share * viewWidth, b),
				cost: COST.leader + share * COST.length + cost + apart(a, b) * COST.angle
			}))
		)
	);
	return [...beside, ...leaders];
}

/** Spots at a frame edge for a place beyond it: growing into the map, straight or to a side. */
export function edgeSpots(p: Point, inward: Point): Costed[] {
	return [0, 1, -1, 0.5, -0.5].map((s, i) => ({
		spot: { x: p.x, y: p.y, dx: inward.x || s, dy: inward.y || s, gap: GAP.edge, from: null },
		cost: i
	}));
}

/** A country's name, centred on one of its spots, in order. */
export const countrySpots = (spots: Point[]): Costed[] =>
	spots.map((s, i) => ({ spot: { x: s.x, y: s.y, dx: 0, dy: 0, gap: 0, from: null }, cost: i }));
