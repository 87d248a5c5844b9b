// What each name a state shows may say and where it may sit, for one layout, in the order the
// placer takes them: the launch point, the ring the state is about, the Russian cities it must
// name, the places beyond the frame, the other rings, the cities beyond the rings, the
// countries and the other cities.
import type { Say } from '$lib/content/words';
import type { LayoutSize, Text } from './boxes';
import type { ReachData, ReachPlace } from './data.server';
import { KURSK_PLACES, inView } from './frame';
import type { Growing, Point, Polyline } from './geometry';
import { offMapForms, placeForms, placesToName, PLACE_SIDE } from './places';
import type { Request } from './placer';
import { ringForms } from './rings';
import { GAP, countrySpots, edgeSpots, placeSpots, ringSpots } from './spots';
import type { Box, ReachState, RingMark } from './view';

/** A dot's radius in px, and the launch point's; names and leaders keep clear of them. */
export const DOT = { place: 4.5, launch: 8.5 };
/** Where each ring's label would rather sit, as angles from the centre (layout, not data). */
const RING_ANGLES: Record<string, number[]> = {
	himars: [200, 160],
	'storm-shadow': [200, 230],
	atacms: [315, 300, 330, 45]
};
/** What dropping a city's distance costs, against a spot's cost: more for the state's own. */
const DROP = { place: 12, focus: 30 };
/** Which way a name at a frame edge grows: into the map. */
const INWARD: Record<string, Point> = {
	top: { x: 0, y: 1 },
	bottom: { x: 0, y: -1 },
	left: { x: 1, y: 0 },
	right: { x: -1, y: 0 }
};

/** A dot as a box round its point. */
export const dotOf = (p: Point, r: number): Growing => ({
	at: { x: p.x, y: p.y },
	px: { x0: -r, y0: -r, x1: r, y1: r }
});

/** What a state shows, for the requests to draw on. */
export interface Scene {
	data: ReachData;
	state: ReachState;
	view: Box;
	say: Say;
	centre: Point;
	/** The rings on show, with their index among all rings and their lines (outer, inner). */
	shown: { r: RingMark; i: number; lines: [Polyline, Polyline] }[];
	names: ReturnType<typeof placesToName>;
}

export function nameRequests(scene: Scene, size: LayoutSize): Request[] {
	const { data, state, view, say, centre, shown, names } = scene;
	// The ring in focus (or, with none, the outermost) first, then the others from the outside in.
	const [lead, ...rest] = [...shown].sort(
		(a, b) => Number(b.r.emphasis === 'focus') - Number(a.r.emphasis === 'focus') || b.i - a.i
	);
	const forPlace = ({ place: p, must }: { place: ReachPlace; must: boolean }): Request => {
		const launch = p.name === data.launch;
		const focus = state === 'kursk' && KURSK_PLACES.includes(p.name);
		// A leader only for the names the state needs; the others can do without.
		const leads = must || p.country === 'RU';
		return {
			id: `place:${p.name}`,
			forms: placeForms(data, p, state, say)[size],
			spots: placeSpots(
				p,
				PLACE_SIDE[p.name]?.[size],
				launch ? GAP.launch : GAP.place,
				leads,
				view.width
			),
			drop: focus ? DROP.focus : DROP.place,
			must,
			dot: must ? undefined : dotOf(p, DOT.place)
		};
	};
	const forRing = ({ r, i, lines }: Scene['shown'][number]): Request => ({
		id: `ring:${r.id}`,
		forms: ringForms(data.rings[i], say)[size],
		// Only the ring the state is about searches as far as a leader.
		spots: ringSpots(lines, centre, RING_ANGLES[r.id] ?? [], r === lead.r, view.width),
		drop: DROP.place,
		must: r === lead.r
	});
	// The way to a place beyond the frame (Moscow) is part of what the ATACMS steps show, where
	// there is room for it beside the cities they must name (not on the narrowest maps).
	const forEdge = (p: ReachData['offMap'][number]): Request => ({
		id: `off:${p.name}`,
		forms: offMapForms(p, say),
		spots: edgeSpots(p, INWARD[p.edge]),
		drop: DROP.place,
		must: size === 'wide'
	});
	const forCountry = (c: ReachData['countries'][number]): Request => ({
		id: `country:${c.id}`,
		forms: [{ lines: [say(`country.${c.id.toLowerCase()}`)], caps: true } satisfies Text],
		spots: countrySpots(c.spots),
		drop: 0
	});
	const must = names.filter((n) => n.must);
	return [
		...must.slice(0, 1).map(forPlace),
		forRing(lead),
		...must.slice(1).map(forPlace),
		...data.offMap.filter((p) => p.country === 'RU' && inView(view, p, 0)).map(forEdge),
		...rest.map(forRing),
		...names.filter((n) => !n.must && n.place.country === 'RU').map(forPlace),
		...data.countries.filter((c) => c.spots.some((s) => inView(view, s, 0.05))).map(forCountry),
		...names.filter((n) => !n.must && n.place.country !== 'RU').map(forPlace)
	];
}
