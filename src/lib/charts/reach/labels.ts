// Every name a state puts on the map, placed for wide maps and for narrow ones (requests.ts
// says what each may say and where it may sit; placer.ts finds it room), and handed to the view.
import type { Say } from '$lib/content/words';
import { LAYOUTS, type LayoutSize, type Text } from './boxes';
import type { ReachData } from './data.server';
import { KURSK_PLACES, viewBoxFor } from './frame';
import { STATES } from './index';
import { ringMarks } from './rings';
import { polylines, type Point, type Polyline } from './geometry';
import { placesToName } from './places';
import { place, type Placed } from './placer';
import { DOT, dotOf, nameRequests, type Scene } from './requests';
import type { Box, Label, Placements, ReachState, ReachView, RingMark } from './view';

export { DOT };

/** A ring's lines, outer first: a band's two edges, or the one ring twice. */
export function ringLines(path: string, c: Point): [Polyline, Polyline] {
	const radius = (l: Polyline) =>
		l.reduce((s, p) => s + Math.hypot(p.x - c.x, p.y - c.y), 0) / l.length;
	const lines = polylines(path).sort((a, b) => radius(b) - radius(a));
	return [lines[0], lines[lines.length - 1]];
}

type Named = Pick<ReachView, 'rings' | 'places' | 'countries' | 'offMap'>;

/**
 * The names are placed once for each set of words, data and state: the search is the one costly
 * part of the view (some milliseconds), and the story asks for each state again as it scrolls.
 */
const placedBefore = new WeakMap<Say, WeakMap<ReachData, Map<ReachState, Named>>>();

/** What a state's names are placed from: its part of the map (`view`), its rings, its words. */
interface Naming {
	data: ReachData;
	state: ReachState;
	view: Box;
	rings: RingMark[];
	say: Say;
}

export function nameEverything(naming: Naming): Named {
	const { data, state, rings, say } = naming;
	const bySay = placedBefore.get(say) ?? new WeakMap<ReachData, Map<ReachState, Named>>();
	const byData = bySay.get(data) ?? new Map<ReachState, Named>();
	placedBefore.set(say, bySay);
	bySay.set(data, byData);
	if (!byData.has(state)) {
		const ready = (data as Prepared).placed?.[state];
		const label = (id: RingMark['id']) => ready?.rings.find((r) => r.id === id)?.label;
		byData.set(
			state,
			ready
				? { ...ready, rings: rings.map((r) => ({ ...r, label: label(r.id)! })) }
				: placeNames(naming)
		);
	}
	return byData.get(state)!;
}

/** Each state's names as placed at build time (the rings' labels without their paths). */
type Prepared = ReachData & {
	placed?: Partial<
		Record<ReachState, Omit<Named, 'rings'> & { rings: Pick<RingMark, 'id' | 'label'>[] }>
	>;
};

/**
 * The data with every state's names placed, as chart.json ships it: in the browser the search
 * cost 50–300 ms a state (more on a slow phone), on the reader's scroll.
 */
export function withPlacedNames(data: ReachData, say: Say): ReachData {
	const placed = Object.fromEntries(
		STATES.map((state) => {
			const named = placeNames({
				data,
				state,
				view: viewBoxFor(data, state),
				rings: ringMarks(data.rings, state),
				say
			});
			return [state, { ...named, rings: named.rings.map(({ id, label }) => ({ id, label })) }];
		})
	);
	return { ...data, placed } as Prepared;
}

function placeNames({ data, state, view, rings, say }: Naming): Named {
	const launch = data.places.find((p) => p.name === data.launch)!;
	const centre = { x: launch.x, y: launch.y };
	const shown = rings
		.map((r, i) => ({ r, i, lines: ringLines(r.path, centre) }))
		.filter(({ r }) => r.emphasis !== 'hidden');
	const names = placesToName(data, state, rings, view);
	const scene: Scene = { data, state, view, say, centre, shown, names };
	// The dots always drawn; a place the state may leave out keeps its dot clear of the others.
	const dots = names
		.filter((n) => n.must)
		.map(({ place: p }) => dotOf(p, p.name === data.launch ? DOT.launch : DOT.place));
	const obstacles = { centre, lines: shown.flatMap((s) => s.lines), dots };

	const found = {} as Record<LayoutSize, Map<string, Placed | null>>;
	const forms = {} as Record<LayoutSize, Map<string, Text[]>>;
	for (const size of Object.keys(LAYOUTS) as LayoutSize[]) {
		const requests = nameRequests(scene, size);
		forms[size] = new Map(requests.map((r) => [r.id, r.forms]));
		found[size] = place(requests, obstacles, view, size);
	}
	const label = (id: string, size: LayoutSize): Label | null => {
		const p = found[size].get(id);
		return p ? { ...p.spot, ...forms[size].get(id)![p.form] } : null;
	};
	const both = (id: string): Placements => ({
		wide: label(id, 'wide'),
		narrow: label(id, 'narrow')
	});
	const named = new Set(names.map((n) => n.place.name));

	return {
		rings: rings.map((r) => ({ ...r, label: both(`ring:${r.id}`) })),
		places: data.places.map((p) => ({
			name: p.name,
			country: p.country,
			x: p.x,
			y: p.y,
			launch: p.name === data.launch,
			focus: state === 'kursk' && KURSK_PLACES.includes(p.name),
			...(named.has(p.name) ? both(`place:${p.name}`) : { wide: null, narrow: null })
		})),
		countries: data.countries.map((c) => ({
			name: say(`country.${c.id.toLowerCase()}`),
			...both(`country:${c.id}`)
		})),
		offMap: data.offMap
			.filter((p) => p.country === 'RU')
			.map((p) => ({ name: p.name, edge: p.edge, ...both(`off:${p.name}`) }))
	};
}
