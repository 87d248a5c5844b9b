// Build time only: loads the atlas, projects it and returns SVG path strings, so the reader
// downloads a few kilobytes of paths, not the atlas, topojson or the projection code.
import type { Dataset } from '$lib/data/dataset';
import type { Figure, Place } from '$lib/data/schema';
import { requireFigure } from '$lib/data/lookup';
import { landOf, loadAtlas, loadCountries } from './atlas.server';
import { fitFrame, pinToEdge, type Frame } from './projection.server';
import { distanceKm, geodesicRing, polygonFeature, toRange } from './geo.server';
import { COUNTRY_LABELS } from './spots.server';

/**
 * One reported range, as ranges.csv gives it, in km or miles, with its value in km.
 * (schema.ts's inferred RangeFigure type loses the weapon column, so it is restored here.)
 */
export type ReachRange = Omit<Exclude<Figure, { unit: 'date' }>, 'unit'> & {
	unit: 'km' | 'mi';
	weapon: string;
	km: number;
};

/** The city the rings are drawn around: an illustrative launch point near the border. */
export const LAUNCH_PLACE = 'Sumy';
/** The rings in the order the story adds them, and the weapon (ranges.csv) behind each. */
export const RING_WEAPONS = [
	{ id: 'himars', weapon: 'HIMARS' },
	{ id: 'storm-shadow', weapon: 'Storm Shadow/SCALP' },
	{ id: 'atacms', weapon: 'ATACMS' }
] as const;
export type RingId = (typeof RING_WEAPONS)[number]['id'];
export interface ReachPlace {
	name: string;
	/** Two-letter country code, from places.csv. */
	country: string;
	/** Projected position in the frame's units. */
	x: number;
	y: number;
	/** Great-circle distance from the launch point, km (unrounded). */
	km: number;
	source: string;
}

export interface ReachRing {
	id: RingId;
	weapon: string;
	/** Every report of this weapon's range, as in ranges.csv, with its value in km. */
	figures: ReachRange[];
	/** The smallest and largest reported range, km: equal for a single figure, a band if not. */
	innerKm: number;
	outerKm: number;
	/** The projected ring (or band: both rings, to fill even-odd). */
	path: string;
	/** Projected bounds [x0, y0, x1, y1]. */
	box: [number, number, number, number];
}

/** What the reach map needs: projected outlines, places and rings, in frame units. */
export interface ReachData {
	frame: { width: number; height: number };
	land: {
		ukraine: string;
		russia: string;
		/** Every other country in the frame. */
		others: string;
		/** The Ukraine–Russia border, drawn heavier. */
		border: string;
		source: string;
	};
	launch: string;
	places: ReachPlace[];
	/** Places beyond the frame, pinned to its edge. */
	offMap: (ReachPlace & { edge: 'top' | 'right' | 'bottom' | 'left' })[];
	rings: ReachRing[];
	/** Each country named on the map (its ISO code), and where its name may sit. */
	countries: { id: string; spots: { x: number; y: number }[] }[];
	permission: Figure;
	incursion: Figure;
	/** The short credit of each source the table names. */
	credits: Record<string, string>;
}

type ReachDataset = Pick<Dataset, 'ranges' | 'places' | 'basemap' | 'figures' | 'sources'>;

/** Each ring's reported ranges, from ranges.csv: a ring's radii are the smallest and largest. */
function ringFigures(dataset: ReachDataset) {
	return RING_WEAPONS.map(({ id, weapon }) => {
		const figures = dataset.ranges.map(toRange).filter((r) => r.weapon === weapon);
		if (!figures.length) throw new Error(`data/ranges.csv has no range for ${weapon}.`);
		const kms = figures.map((f) => f.km);
		return { id, weapon, figures, innerKm: Math.min(...kms), outerKm: Math.max(...kms) };
	});
}

/** Every place of places.csv in the frame, with its distance from the launch point. */
function placesIn(dataset: ReachDataset, frame: Frame, center: [number, number]) {
	const placed = dataset.places.map((p) => ({
		name: p.name,
		country: p.country,
		...frame.project([p.lon, p.lat]),
		km: distanceKm(center, [p.lon, p.lat]),
		source: p.source
	}));
	return {
		places: placed.filter(frame.holds),
		offMap: placed.filter((p) => !frame.holds(p)).map((p) => pinToEdge(p, frame))
	};
}

/** The short credit (sources.csv) of each source behind a ring. */
function creditsOf(dataset: ReachDataset, rings: ReachRing[]): Record<string, string> {
	const credits: Record<string, string> = {};
	for (const f of rings.flatMap((r) => r.figures)) {
		const source = dataset.sources.find((s) => s.id === f.source);
		if (source) credits[f.source] = source.credit;
	}
	return credits;
}

export function select(dataset: ReachDataset): ReachData {
	const basemap = dataset.basemap.find((b) => b.id === 'countries');
	if (!basemap) throw new Error('The reach map needs the "countries" row of data/basemap.csv.');
	const atlas = loadAtlas(basemap);
	const countries = loadCountries(basemap, atlas);
	const place = (name: string): Place => {
		const p = dataset.places.find((q) => q.name === name);
		if (!p) throw new Error(`The reach map needs "${name}" in data/places.csv.`);
		return p;
	};
	const launch = place(LAUNCH_PLACE);
	const center: [number, number] = [launch.lon, launch.lat];
	const figures = ringFigures(dataset);
	const frame = fitFrame(center, figures[figures.length - 1].outerKm);
	const rings: ReachRing[] = figures.map((r) => {
		const outer = polygonFeature(geodesicRing(center, r.outerKm));
		const inner = polygonFeature(geodesicRing(center, r.innerKm));
		return {
			...r,
			path: r.innerKm === r.outerKm ? frame.draw(outer) : frame.draw(outer) + frame.draw(inner),
			box: frame.bounds(outer)
		};
	});
	return {
		frame: { width: frame.width, height: frame.height },
		land: landOf(basemap, atlas, countries, frame.draw),
		launch: launch.name,
		...placesIn(dataset, frame, center),
		rings,
		countries: COUNTRY_LABELS.map((c) => ({
			id: c.id,
			spots: c.at.map((lonLat) => frame.project(lonLat as unknown as [number, number]))
		})),
		permission: requireFigure(dataset, 'kharkiv-push'),
		incursion: requireFigure(dataset, 'kursk-incursion'),
		credits: creditsOf(dataset, rings)
	};
}
