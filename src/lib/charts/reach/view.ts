import type { Say } from '$lib/content/words';
import { QUALIFIER_GLYPHS, formatAmount, formatFigure } from '$lib/data/format';
import type { ChartViewBase } from '../types';
import type { Anchor, ReachData, ReachPlace, ReachRange, ReachRing, RingId } from './data.server';
import type { STATES } from './index';

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

// Layout: how each state frames the map, and where each city's label sits. Not data.
const FOCUS: Record<ReachState, { rings: RingId[]; places: string[]; pad: number }> = {
	himars: { rings: ['himars'], places: ['Kharkiv', 'Kursk'], pad: 0.12 },
	'storm-shadow': { rings: ['storm-shadow'], places: [], pad: 0.06 },
	atacms: { rings: [], places: [], pad: 0 },
	kursk: { rings: [], places: ['Kursk', 'Sudzha', 'Sumy'], pad: 0.3 }
};
/** The map never zooms in further than this, so the 1:50m outlines stay smooth. */
export const MAX_ZOOM = 2.5;
const LEFT = { dx: -1, dy: 0 };
const RIGHT = { dx: 1, dy: 0 };
const ABOVE = { dx: 0, dy: -1 };
const BELOW = { dx: 0, dy: 1 };
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
/**
 * The smallest map each layout meets, in px (narrow: a 320px screen; wide: past the container
 * query), and a label's size there, estimated from its text (13px type), so that a label is
 * only drawn where it stays inside the map.
 */
const LAYOUT_PX = { wide: 560, narrow: 288 };
const CHAR_PX = 7.6;
const LINE_PX = 16;
const GAP_PX = 10;
const OPACITY: Record<Emphasis, number> = { focus: 1, context: 0.5, hidden: 0 };

const RING_ORDER: Record<ReachState, number> = {
	himars: 0,
	'storm-shadow': 1,
	atacms: 2,
	kursk: 2
};

/** "about 45 km": a computed distance, to the nearest 5 km. */
export function formatDistance(km: number): string {
	return `about ${formatAmount(Math.round(km / 5) * 5, 'km')}`;
}

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

/** Every distinct report of a ring's range, as words: "up to 300 km". */
function reportedRanges(ring: ReachRing): string[] {
	return [...new Set(ring.figures.map(formatFigure))];
}

/** The spread of a band, in the reports' own units: "186 to 190 miles". */
function spread(ring: ReachRing): string {
	const sorted = [...ring.figures].sort((a, b) => a.km - b.km);
	const lo = sorted[0];
	const hi = sorted[sorted.length - 1];
	const amount = (f: ReachRange) => formatAmount(f.value, f.unit);
	return lo.unit === hi.unit ? `${lo.value} to ${amount(hi)}` : `${amount(lo)} to ${amount(hi)}`;
}

const kmRange = (ring: ReachRing) =>
	`${Math.round(ring.innerKm)} to ${formatAmount(Math.round(ring.outerKm), 'km')}`;

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "four"; figures from 10 on. */
function countWord(n: number): string {
	return COUNT_WORDS[n] ?? String(n);
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "A, B and C" */
function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function reachView(data: ReachData, state: ReachState, say: Say): ReachView {
	const { frame, rings, places } = data;
	const order = RING_ORDER[state];
	const emphasis = (i: number): Emphasis => {
		if (i > order) return 'hidden';
		if (state === 'kursk') return 'context';
		return i === order ? 'focus' : 'context';
	};

	const focus = FOCUS[state];
	const byName = (name: string) => places.find((p) => p.name === name);
	const viewBox = fitBox(
		frame,
		[
			...rings.filter((r) => focus.rings.includes(r.id)).map((r) => r.box),
			...focus.places
				.map(byName)
				.filter((p) => p !== undefined)
				.map((p): [number, number, number, number] => [p.x, p.y, p.x, p.y])
		],
		focus.pad
	);
	const inView = (p: { x: number; y: number }, margin = 0.02) =>
		p.x >= viewBox.x + viewBox.width * margin &&
		p.x <= viewBox.x + viewBox.width * (1 - margin) &&
		p.y >= viewBox.y + viewBox.height * margin &&
		p.y <= viewBox.y + viewBox.height * (1 - margin);
	/** Whether a label of the given lines at p, growing in direction d, stays inside the view. */
	const fits = (
		p: { x: number; y: number },
		d: Direction,
		size: keyof typeof LAYOUT_PX,
		lines: string[]
	) => {
		const widthPx = LAYOUT_PX[size];
		const heightPx = (widthPx * frame.height) / frame.width;
		const w = (Math.max(...lines.map((l) => l.length)) * CHAR_PX + GAP_PX) / widthPx;
		const h = (lines.length * LINE_PX + GAP_PX) / heightPx;
		const fx = (p.x - viewBox.x) / viewBox.width;
		const fy = (p.y - viewBox.y) / viewBox.height;
		// The share of the label on each side of its point, from its direction.
		const room = (f: number, towards: number, size: number) =>
			f >= size * (0.5 - towards / 2) && 1 - f >= size * (0.5 + towards / 2);
		return inView(p) && room(fx, d.dx, w) && room(fy, d.dy, h);
	};

	const ringMarks: RingMark[] = rings.map((r, i) => {
		const e = emphasis(i);
		const band = r.innerKm !== r.outerKm;
		const detail = band ? `reports: ${spread(r)}` : formatFigure(r.figures[0]);
		const short = r.weapon.split('/')[0];
		const km = band ? kmRange(r) : '';
		const f = r.figures[0];
		const detailShort = band
			? ''
			: `${QUALIFIER_GLYPHS[f.qualifier]}${formatAmount(f.value, f.unit)}`;
		const lines = {
			wide: [r.weapon, detail, ...(km ? [km] : [])],
			narrow: band ? [short, km] : [short, detailShort]
		};
		const pick = (size: keyof typeof LAYOUT_PX) =>
			e === 'hidden' ? null : (r.label[size].find((a) => fits(a, a, size, lines[size])) ?? null);
		return {
			id: r.id,
			kind: band ? 'band' : 'ring',
			path: r.path,
			emphasis: e,
			opacity: OPACITY[e],
			label: {
				wide: pick('wide'),
				narrow: pick('narrow'),
				title: r.weapon,
				short,
				detail,
				detailShort,
				km
			}
		};
	});

	const placeMarks: PlaceMark[] = places.map((p) => {
		const layout = PLACE_LAYOUT[p.name] ?? { wide: RIGHT, minor: true };
		const launch = p.name === data.launch;
		const narrow = layout.narrow ?? layout.wide;
		const shown = layout.only?.includes(state) ?? true;
		// In the Kursk state, the places it names carry their distance from the launch point.
		const far = state === 'kursk' && FOCUS.kursk.places.includes(p.name) && !launch;
		const note = launch ? 'illustrative launch point' : far ? formatDistance(p.km) : '';
		const noteShort = launch ? 'launch point' : note;
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
			visible: shown && fits(p, layout.wide, 'wide', lines(note)),
			narrowVisible: shown && fits(p, narrow, 'narrow', lines(noteShort)),
			minor: !launch && (layout.minor ?? false)
		};
	});

	// A country's name takes the first of its spots in view and clear of the ring labels.
	const ringLabels = ringMarks.flatMap((r) =>
		[r.label.wide, r.label.narrow].filter((a) => a !== null)
	);
	const far = (s: { x: number; y: number }, a: { x: number; y: number }, share: number) =>
		Math.hypot(a.x - s.x, a.y - s.y) > viewBox.width * share;
	const clear = (s: { x: number; y: number }) =>
		ringLabels.every((a) => far(s, a, 0.2)) &&
		placeMarks.filter((p) => p.visible).every((p) => far(s, p, 0.15));
	const countries = data.countries.map((c) => {
		const spot =
			c.spots.find((s) => inView(s, 0.1) && clear(s)) ??
			c.spots.find((s) => inView(s, 0.1)) ??
			c.spots[0];
		return { name: c.name, x: spot.x, y: spot.y, visible: inView(spot, 0.1) };
	});
	const offMap = data.offMap.map((p) => ({
		name: p.name,
		label: `${p.name}, ${formatDistance(p.km)}`,
		x: p.x,
		y: p.y,
		edge: p.edge,
		visible: inView(p, 0)
	}));

	// The words: what each state shows, in figures from data/.
	const [himars, storm, atacms] = rings;
	const everywhere = [...places, ...data.offMap];
	const russian = (from: number, to: number) =>
		everywhere
			.filter((p) => p.country === 'RU' && p.km > from && p.km <= to)
			.sort((a, b) => a.km - b.km);
	const named = (ps: ReachPlace[]) => list(ps.map((p) => `${p.name} (${formatDistance(p.km)})`));
	const launchWords = `${data.launch}, an illustrative launch point near the border`;
	/** "reaches Sudzha (about 45 km) in Russia" */
	const reaches = (ps: ReachPlace[], verb: string) =>
		ps.length ? `${verb} ${named(ps)} in Russia` : `${verb} none of the Russian cities on this map`;
	const withinWeapons = (p: ReachPlace) =>
		rings.filter((r) => p.km <= r.innerKm).map((r) => r.weapon);
	const kurskPlace = (p: ReachPlace) => {
		const weapons = withinWeapons(p);
		const not = rings.filter((r) => !weapons.includes(r.weapon)).map((r) => r.weapon);
		const reach =
			weapons.length === rings.length
				? 'within reach of every weapon drawn here'
				: weapons.length
					? `within reach of ${list(weapons)} but not ${list(not)}`
					: 'beyond every ring';
		return `${p.name} is ${formatDistance(p.km)} from ${data.launch}, ${reach}`;
	};
	const kurskPlaces = FOCUS.kursk.places
		.filter((n) => n !== data.launch)
		.map((n) => everywhere.find((p) => p.name === n))
		.filter((p) => p !== undefined)
		.sort((a, b) => a.km - b.km);
	const beyond = russian(atacms.outerKm, Infinity);
	const reports = new Set(atacms.figures.map((f) => f.source)).size;
	const single = (r: ReachRing) => formatFigure(r.figures[0]);
	const summaries: Record<ReachState, string> = {
		himars: `From ${launchWords}, ${himars.weapon} rockets, with a range of ${single(himars)}, ${reaches(russian(0, himars.innerKm), 'reach')}. After Russia's push towards Kharkiv in ${formatFigure(data.permission)}, one report says, the United States began to ease its limits, and Ukraine was allowed to fire ${himars.weapon} at Russian forces just across the border there. The ring is drawn from ${data.launch} only to compare distances.`,
		'storm-shadow': `From ${launchWords}, ${storm.weapon} missiles, with a range of ${single(storm)}, ${reaches(russian(himars.innerKm, storm.innerKm), 'also reach')}, beyond the ${himars.weapon} ring (${single(himars)}).`,
		atacms: `${capitalise(countWord(reports))} reports give the range of ATACMS as ${list(reportedRanges(atacms))}, so the map draws a band from ${kmRange(atacms)}. From ${data.launch}, that ${reaches(russian(storm.innerKm, atacms.innerKm), 'adds')} to what ${storm.weapon} can reach${beyond.length ? `; ${named(beyond)} ${beyond.length > 1 ? 'lie' : 'lies'} beyond` : ''}.`,
		kursk: `Ukraine has held ground in Russia's Kursk region since ${formatFigure(data.incursion)}. ${kurskPlaces.map(kurskPlace).join('; ')}.`
	};
	const notes: Record<ReachState, string> = {
		himars: `Ukraine was first allowed HIMARS strikes across the border to defend Kharkiv, after Russia's push there in ${formatFigure(data.permission)}.`,
		'storm-shadow': 'Each ring shows a distance along the ground.',
		atacms: `The band spans the ATACMS ranges the reports give: ${list(reportedRanges(atacms))}.`,
		kursk: `Ukraine has held ground in Russia's Kursk region since ${formatFigure(data.incursion)}; the map does not draw the region's boundary.`
	};
	const launchNote = `Rings are drawn around ${launchWords}.`;

	const shown = rings.filter((_, i) => emphasis(i) !== 'hidden');
	const figures = shown.flatMap((r) => r.figures);
	const extra =
		state === 'himars'
			? [data.permission.source]
			: state === 'kursk'
				? [data.incursion.source]
				: [];
	return {
		frame,
		viewBox,
		land: data.land,
		rings: ringMarks,
		places: placeMarks,
		countries,
		offMap,
		note: `${notes[state]} ${launchNote}`,
		summary: summaries[state],
		table: {
			caption: `Reported ranges drawn from ${data.launch}`,
			columns: [
				{ key: 'weapon', label: 'Weapon' },
				{ key: 'reported', label: 'Reported range' },
				{ key: 'km', label: 'Range in km', numeric: true },
				{ key: 'source', label: 'Source' }
			],
			rows: figures.map((f) => ({
				weapon: f.weapon,
				reported: formatFigure(f),
				km: Math.round(f.km * 10) / 10,
				source: data.credits[f.source] ?? f.source
			}))
		},
		sources: [
			...new Set([
				...figures.map((f) => f.source),
				...extra,
				...placeMarks
					.filter((p) => p.visible)
					.map((p) => places.find((q) => q.name === p.name)!.source),
				data.land.source
			])
		]
	};
}
