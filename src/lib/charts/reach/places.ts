// The cities, the countries and the places beyond the frame: which a state names, in which
// order (the ones it must name first), and in what words, fullest first.
import type { Say } from '$lib/content/words';
import type { LayoutSize, Text } from './boxes';
import type { ReachData, ReachPlace } from './data.server';
import { FOCUS, KURSK_PLACES, inView } from './frame';
import type { Box, Direction, ReachState, RingMark } from './view';

const LEFT = { dx: -1, dy: 0 };
const RIGHT = { dx: 1, dy: 0 };
const ABOVE = { dx: 0, dy: -1 };
const BELOW = { dx: 0, dy: 1 };
/**
 * The side each city's name would rather sit on (layout, not data), on wide charts and on
 * narrow ones where the names crowd round the launch point; right if not listed.
 */
export const PLACE_SIDE: Record<string, Partial<Record<LayoutSize, Direction>>> = {
	Sumy: { wide: LEFT, narrow: { dx: -1, dy: 1 } },
	Sudzha: { wide: ABOVE, narrow: { dx: -1, dy: -1 } },
	Kursk: { wide: RIGHT, narrow: ABOVE },
	Belgorod: { wide: RIGHT, narrow: BELOW },
	Kyiv: { wide: LEFT, narrow: LEFT },
	Kharkiv: { wide: BELOW, narrow: BELOW },
	Bryansk: { wide: LEFT, narrow: LEFT },
	Voronezh: { wide: RIGHT, narrow: RIGHT }
};

/** "about 45 km" (or in short "45 km"): a computed distance, to the nearest 5 km. */
export function distance(
	km: number,
	say: Say,
	key: 'distance' | 'distance-label' | 'distance-short' = 'distance'
) {
	return say(key, { amount: say('unit.km', { value: Math.round(km / 5) * 5 }) });
}

/** The places a state names, most needed first, each with whether it must be named. */
export function placesToName(
	data: ReachData,
	state: ReachState,
	rings: RingMark[],
	view: Box
): { place: ReachPlace; must: boolean }[] {
	const shown = data.rings.filter((_, i) => rings[i].emphasis !== 'hidden');
	const reach = Math.max(...shown.map((r) => r.outerKm));
	const here = data.places.filter((p) => inView(view, p));
	const russian = here.filter((p) => p.country === 'RU').sort((a, b) => a.km - b.km);
	// The places a state is about, and every Russian city inside a ring on show, must be named.
	const about = state === 'kursk' ? KURSK_PLACES : (FOCUS[state]?.places ?? []);
	const must = (p: ReachPlace) => p.km <= reach || about.includes(p.name);
	return [
		...here.filter((p) => p.name === data.launch).map((place) => ({ place, must: true })),
		...russian.filter(must).map((place) => ({ place, must: true })),
		...russian.filter((p) => !must(p)).map((place) => ({ place, must: false })),
		...here
			.filter((p) => p.country !== 'RU' && p.name !== data.launch)
			.map((place) => ({ place, must: false }))
	];
}

/**
 * A city's name in each layout, fullest first: the launch point with what it is; a Russian
 * city with its distance, then without; any other city by its name alone.
 */
export function placeForms(
	data: ReachData,
	p: ReachPlace,
	state: ReachState,
	say: Say
): Record<LayoutSize, Text[]> {
	const name = say.named('name', p.name);
	if (p.name === data.launch) {
		const alone: Text = { lines: [name], bold: true };
		return {
			wide: [
				{ lines: [name, say('label.launch')], bold: true },
				{ lines: [name, say('label.launch-short')], bold: true },
				alone
			],
			// On narrow maps the name alone: the note under the map says what the point is.
			narrow: [alone]
		};
	}
	const bold = state === 'kursk' && KURSK_PLACES.includes(p.name);
	const alone: Text = { lines: [name], bold };
	if (p.country !== 'RU') return { wide: [alone], narrow: [alone] };
	const far: Text = { lines: [name, distance(p.km, say, 'distance-label')], bold };
	const short: Text = { lines: [name, distance(p.km, say, 'distance-short')], bold };
	// Narrow maps have room for the distances of the places the state is about, at most.
	return { wide: [far, alone], narrow: bold ? [short, alone] : [alone] };
}

/** A place beyond the frame, named at its edge: with its distance, then without. */
export function offMapForms(p: ReachPlace, say: Say): Text[] {
	// Room for the arrow the layer sets before the name: two characters.
	const name = say.named('name', p.name);
	return [
		{ lines: [say('label.off-map', { name, distance: distance(p.km, say) })], lead: 2 },
		{ lines: [name], lead: 2 }
	];
}
