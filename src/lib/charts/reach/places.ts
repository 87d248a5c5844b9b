// The cities, the countries' names and the places beyond the frame: which show in a state's
// view, and on which side of its dot each name sits.
import type { Say } from '$lib/content/words';
import type { ReachData, ReachPlace } from './data.server';
import { FOCUS, type Fit } from './frame';
import type { Direction, PlaceMark, ReachState, ReachView, RingMark } from './view';

const LEFT = { dx: -1, dy: 0 };
const RIGHT = { dx: 1, dy: 0 };
const ABOVE = { dx: 0, dy: -1 };
const BELOW = { dx: 0, dy: 1 };
/** Where each city's name sits (layout, not data); a city not listed is minor, named right. */
const PLACE_LAYOUT: Record<
	string,
	{ wide: Direction; narrow?: Direction; minor?: boolean; only?: ReachState[] }
> = {
	Sumy: { wide: LEFT, narrow: { dx: -1, dy: -1 } },
	Kursk: { wide: RIGHT },
	Sudzha: { wide: ABOVE, narrow: RIGHT, only: ['himars', 'kursk'] },
	Kyiv: { wide: LEFT, narrow: { dx: -1, dy: -0.6 } },
	Kharkiv: { wide: BELOW, narrow: RIGHT },
	Belgorod: { wide: RIGHT, minor: true },
	Bryansk: { wide: BELOW, minor: true },
	Orël: { wide: RIGHT, minor: true },
	Voronezh: { wide: BELOW, minor: true },
	Odesa: { wide: RIGHT, minor: true }
};

/** "about 45 km": a computed distance, to the nearest 5 km. */
export function distance(km: number, say: Say): string {
	return say('distance', { amount: say('unit.km', { value: Math.round(km / 5) * 5 }) });
}

/** Each city's dot and name; in Kursk, the places it names carry their distance. */
export function placeMarks(data: ReachData, state: ReachState, fit: Fit, say: Say): PlaceMark[] {
	return data.places.map((p) => {
		const layout = PLACE_LAYOUT[p.name] ?? { wide: RIGHT, minor: true };
		const launch = p.name === data.launch;
		const narrow = layout.narrow ?? layout.wide;
		const shown = layout.only?.includes(state) ?? true;
		const far = state === 'kursk' && FOCUS.kursk.places.includes(p.name) && !launch;
		const note = launch ? say('label.launch') : far ? distance(p.km, say) : '';
		const noteShort = launch ? say('label.launch-short') : note;
		const lines = (n: string) => [p.name, ...(n ? [n] : [])];
		return {
			name: p.name,
			country: p.country,
			x: p.x,
			y: p.y,
			launch,
			focus: far,
			note,
			noteShort,
			wide: layout.wide,
			narrow,
			visible: shown && fit.fits(p, layout.wide, 'wide', lines(note)),
			narrowVisible: shown && fit.fits(p, narrow, 'narrow', lines(noteShort)),
			minor: !launch && (layout.minor ?? false)
		};
	});
}

/** A country's name takes the first of its spots in view and clear of the other labels. */
export function countryNames(
	data: ReachData,
	rings: RingMark[],
	places: PlaceMark[],
	fit: Fit,
	viewWidth: number,
	say: Say
): ReachView['countries'] {
	const ringLabels = rings.flatMap((r) => [r.label.wide, r.label.narrow].filter((a) => a !== null));
	const far = (s: { x: number; y: number }, a: { x: number; y: number }, share: number) =>
		Math.hypot(a.x - s.x, a.y - s.y) > viewWidth * share;
	const clear = (s: { x: number; y: number }) =>
		ringLabels.every((a) => far(s, a, 0.2)) &&
		places.filter((p) => p.visible).every((p) => far(s, p, 0.15));
	return data.countries.map((c) => {
		const spot =
			c.spots.find((s) => fit.inView(s, 0.1) && clear(s)) ??
			c.spots.find((s) => fit.inView(s, 0.1)) ??
			c.spots[0];
		const name = say(`country.${c.id.toLowerCase()}`);
		return { name, x: spot.x, y: spot.y, visible: fit.inView(spot, 0.1) };
	});
}

/** Places beyond the frame, named at its edge with their distance, when that edge is in view. */
export function offMapLabels(data: ReachData, fit: Fit, say: Say): ReachView['offMap'] {
	return data.offMap.map((p: ReachPlace & { edge: string }) => ({
		name: p.name,
		label: say('label.off-map', { name: p.name, distance: distance(p.km, say) }),
		x: p.x,
		y: p.y,
		edge: p.edge,
		visible: fit.inView(p, 0)
	}));
}
