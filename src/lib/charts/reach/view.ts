// The reach map's pure view: the rings each state shows, the part of the map it frames,
// which names fit there, and what it says.
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import type { Anchor, ReachData, RingId } from './data.server';
import type { STATES } from './index';
import { fitIn, viewBoxFor } from './frame';
import { countryNames, offMapLabels, placeMarks } from './places';
import { ringMarks } from './rings';
import { reachNote, reachSummary } from './summary';
import { reachSources, reachTable, shownFigures } from './table';

export type ReachState = (typeof STATES)[number];

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

export interface RingMark {
	id: RingId;
	/** One reported range is a ring; several that disagree make a band between them. */
	kind: 'ring' | 'band';
	path: string;
	emphasis: Emphasis;
	/** Opacity of the ring in this state (tweened between states). */
	opacity: number;
	label: {
		/** Where it sits on wide charts and on narrow ones; null where no spot fits the view. */
		wide: Anchor | null;
		narrow: Anchor | null;
		/** "Storm Shadow/SCALP", and on narrow charts "Storm Shadow" */
		title: string;
		short: string;
		/** "about 80 km", or for a band "reports: 186 to 190 miles" */
		detail: string;
		/** "≈80 km", for narrow charts (the summary and table carry the words); empty for a band. */
		detailShort: string;
		/** For a band, its radii in km: "299 to 306 km"; empty for a ring. */
		km: string;
	};
}

export interface PlaceMark {
	name: string;
	country: string;
	x: number;
	y: number;
	/** The rings' centre. */
	launch: boolean;
	/** A place this state is about (set in bold). */
	focus: boolean;
	/** A second line under the name (the launch point's), or empty; shorter on narrow charts. */
	note: string;
	noteShort: string;
	/** Which way the name sits from the dot, on wide and on narrow charts. */
	wide: Direction;
	narrow: Direction;
	/** Drawn at all (the dot, and the name on wide charts). */
	visible: boolean;
	/** The name fits on narrow charts too. */
	narrowVisible: boolean;
	/** Dropped, dot and name, on narrow charts. */
	minor: boolean;
}

export interface ReachView extends ChartViewBase {
	frame: { width: number; height: number };
	/** The part of the frame this state shows (the same aspect ratio as the frame). */
	viewBox: Box;
	land: ReachData['land'];
	rings: RingMark[];
	places: PlaceMark[];
	countries: { name: string; x: number; y: number; visible: boolean }[];
	/** Places beyond the frame, named at its edge with their distance. */
	offMap: { name: string; label: string; x: number; y: number; edge: string; visible: boolean }[];
	/** One line of context under the map. */
	note: string;
}

export function reachView(data: ReachData, state: ReachState, say: Say): ReachView {
	const viewBox = viewBoxFor(data, state);
	const fit = fitIn(data.frame, viewBox);
	const rings = ringMarks(data.rings, state, fit, say);
	const places = placeMarks(data, state, fit, say);
	const figures = shownFigures(data, rings);
	return {
		frame: data.frame,
		viewBox,
		land: data.land,
		rings,
		places,
		countries: countryNames(data, rings, places, fit, viewBox.width, say),
		offMap: offMapLabels(data, fit, say),
		note: reachNote(data, state, say),
		summary: reachSummary(data, state, say),
		table: reachTable(data, figures, say),
		sources: reachSources(data, state, figures, places)
	};
}
