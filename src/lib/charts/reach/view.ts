// The reach map's pure view: the rings each state shows, the part of the map it frames,
// which names fit there, and what it says.
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import type { ReachData, RingId } from './data.server';
import type { Spot, Text } from './boxes';
import { viewBoxFor } from './frame';
import { nameEverything } from './labels';
import { ringMarks } from './rings';
import { reachNote, reachSummary } from './summary';
import { reachSources, reachTable, shownFigures } from './table';
import type { ReachState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { ReachState };

/** A ring in focus, kept as context from an earlier state, or not yet shown. */
export type Emphasis = 'focus' | 'context' | 'hidden';

/** A rectangle of the frame, in its units: the part of the map a state shows. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Which way from its point a label sits: dx -1 left … 1 right, dy -1 above … 1 below. */
export interface Direction {
	dx: number;
	dy: number;
}

/** A name on the map where the layout placed it, as it is set (its size is estimated from that). */
export interface Label extends Spot, Text {}

/** A name on wide charts and on narrow ones; null where it has no room (or is not shown). */
export interface Placements {
	wide: Label | null;
	narrow: Label | null;
}

export interface RingMark {
	id: RingId;
	/** One reported range is a ring; several that disagree make a band between them. */
	kind: 'ring' | 'band';
	path: string;
	emphasis: Emphasis;
	/** Opacity of the ring in this state (CSS fades it between states). */
	opacity: number;
	/** "Storm Shadow/SCALP" over "about 250 km" (wide), "Storm Shadow" over "≈250 km" (narrow). */
	label: Placements;
}

export interface PlaceMark extends Placements {
	name: string;
	country: string;
	x: number;
	y: number;
	/** The rings' centre. */
	launch: boolean;
	/** A place this state is about (set in bold). */
	focus: boolean;
}

export interface ReachView extends ChartViewBase {
	frame: { width: number; height: number };
	/** The part of the frame this state shows (the same aspect ratio as the frame). */
	viewBox: Box;
	land: ReachData['land'];
	rings: RingMark[];
	/** Every city in the frame: a city with no label in a layout has no dot there either. */
	places: PlaceMark[];
	countries: (Placements & { name: string })[];
	/** Places beyond the frame, named at the edge they lie beyond, with their distance. */
	offMap: (Placements & { name: string; edge: string })[];
	/** One line of context under the map. */
	note: string;
}

export function reachView(data: ReachData, state: ReachState, say: Say): ReachView {
	const viewBox = viewBoxFor(data, state);
	const marks = ringMarks(data.rings, state);
	const named = nameEverything({ data, state, view: viewBox, rings: marks, say });
	const figures = shownFigures(data, named.rings);
	return {
		frame: data.frame,
		viewBox,
		land: data.land,
		...named,
		note: reachNote(data, state, say),
		summary: reachSummary(data, state, say),
		table: reachTable(data, figures, say),
		sources: reachSources(data, state, figures, named.places)
	};
}
