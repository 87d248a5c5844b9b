// Build time only: loads the atlas, projects it and returns SVG path strings, so the reader
// downloads a few kilobytes of paths, not the atlas, topojson or the projection code.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
	geoCircle,
	geoConicConformal,
	geoDistance,
	geoPath,
	type GeoPermissibleObjects
} from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { Dataset } from '$lib/data/dataset';
import type { Basemap, Figure, Place, RangeFigure } from '$lib/data/schema';
import { requireFigure } from '$lib/data/lookup';

/**
 * One reported range, as ranges.csv gives it, in km or miles, with its value in km.
 * (schema.ts's inferred RangeFigure type loses the weapon column, so it is restored here.)
 */
export type ReachRange = Omit<Exclude<Figure, { unit: 'date' }>, 'unit'> & {
	unit: 'km' | 'mi';
	weapon: string;
	km: number;
};

/** The mean Earth radius (IUGG), in km: distances on the map are great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;
/** The international mile. */
export const KM_PER_MILE = 1.609344;

/** The city the rings are drawn around: an illustrative launch point near the border. */
export const LAUNCH_PLACE = 'Sumy';
/** The rings in the order the story adds them, and the weapon (ranges.csv) behind each. */
export const RING_WEAPONS = [
	{ id: 'himars', weapon: 'HIMARS' },
	{ id: 'storm-shadow', weapon: 'Storm Shadow/SCALP' },
	{ id: 'atacms', weapon: 'ATACMS' }
] as const;
export type RingId = (typeof RING_WEAPONS)[number]['id'];

// Layout choices, not data: the map's frame and where its labels sit.
const FRAME_WIDTH = 1000;
const FRAME_PAD = 12;
/** Besides Ukraine and the widest ring, the frame reaches these Russian cities. */
const FRAME_PLACES = ['Bryansk', 'Voronezh'];
/** Degrees between a ring's vertices: 120 vertices keep it round at any zoom used here. */
const RING_STEP = 3;
/** Spots (compass bearing from the launch point, and outside or inside the ring) where a ring's
 * label may sit, in order of preference, on wide charts and on narrow ones, where the rings are
 * closer together than labels are tall. */
type Spot = [bearing: number, side: 'out' | 'in'];
const RING_LABEL_SPOTS: Record<RingId, { wide: Spot[]; narrow: Spot[] }> = {
	himars: {
		wide: [[200, 'out']],
		narrow: [[200, 'out']]
	},
	'storm-shadow': {
		wide: [
			[200, 'out'],
			[200, 'in'],
			[330, 'in']
		],
		narrow: [
			[180, 'out'],
			[330, 'in']
		]
	},
	atacms: {
		wide: [
			[245, 'out'],
			[210, 'in'],
			[90, 'in'],
			[55, 'in']
		],
		narrow: [
			[240, 'out'],
			[210, 'in'],
			[90, 'in']
		]
	}
};
/** Candidate spots for the country names, in order of preference; the view picks one in frame. */
export const COUNTRY_LABELS = [
	{
		name: 'Ukraine',
		id: 'UKR',
		at: [
			[25.8, 50.2],
			[33.1, 50.35],
			[35.3, 50.35]
		]
	},
	{
		name: 'Russia',
		id: 'RUS',
		at: [
			[37.5, 52.45],
			[34.9, 52.0],
			[37.8, 51.2]
		]
	}
] as const;

/** A row of ranges.csv, checked to be a distance, with its value in km. */
export function toRange(fig: RangeFigure): ReachRange {
	const weapon = (fig as { weapon?: unknown }).weapon;
	if (typeof weapon !== 'string') throw new Error(`Range "${fig.id}" names no weapon.`);
	if (fig.unit === 'km') return { ...fig, unit: 'km', weapon, km: fig.value };
	if (fig.unit === 'mi') return { ...fig, unit: 'mi', weapon, km: fig.value * KM_PER_MILE };
	throw new Error(`Range "${fig.id}" is in ${fig.unit}, not km or miles.`);
}

/** km along the Earth's surface, as degrees of arc. */
export function kmToDegrees(km: number): number {
	return ((km / EARTH_RADIUS_KM) * 180) / Math.PI;
}

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm(a: [number, number], b: [number, number]): number {
	return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** The closed ring of [lon, lat] points at `km` along the ground from `center`. */
export function geodesicRing(center: [number, number], km: number, step = RING_STEP) {
	const polygon = geoCircle().center(center).radius(kmToDegrees(km)).precision(step)();
	return polygon.coordinates[0] as [number, number][];
}

/** The point `km` from `center` on the given compass bearing (degrees), on the sphere. */
export function destination(center: [number, number], km: number, bearing: number) {
	const rad = Math.PI / 180;
	const [lon, lat] = [center[0] * rad, center[1] * rad];
	const d = km / EARTH_RADIUS_KM;
	const b = bearing * rad;
	const lat2 = Math.asin(Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(b));
	const lon2 =
		lon +
		Math.atan2(
			Math.sin(b) * Math.sin(d) * Math.cos(lat),
			Math.cos(d) - Math.sin(lat) * Math.sin(lat2)
		);
	return [lon2 / rad, lat2 / rad] as [number, number];
}

type Countries = FeatureCollection<Geometry, { name: string; a3: string }>;
type Atlas = Topology<{ countries: GeometryCollection<{ name: string; a3: string }> }>;

/** The atlas basemap.csv names, read from its npm package (its version checked). */
export function loadAtlas(basemap: Basemap): Atlas {
	const require = createRequire(import.meta.url);
	const pkg = JSON.parse(readFileSync(require.resolve(`${basemap.package}/package.json`), 'utf8'));
	if (pkg.version !== basemap.version)
		throw new Error(
			`data/basemap.csv names ${basemap.package} ${basemap.version}; ${pkg.version} is installed.`
		);
	return JSON.parse(readFileSync(require.resolve(`${basemap.package}/${basemap.file}`), 'utf8'));
}

/** The atlas's countries as GeoJSON features (lon/lat). */
export function loadCountries(basemap: Basemap, atlas = loadAtlas(basemap)): Countries {
	const object = atlas.objects[basemap.object as 'countries'];
	if (!object) throw new Error(`The atlas has no object "${basemap.object}".`);
	return feature(atlas, object) as Countries;
}

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
	/** Where the ring's label may be anchored on the outer ring, on wide and narrow charts. */
	label: { wide: Anchor[]; narrow: Anchor[] };
}

/** A label's anchor point (frame units) and the direction it sits in from there. */
export interface Anchor {
	x: number;
	y: number;
	/** -1 (left of the point) … 1 (right), and -1 (above) … 1 (below). */
	dx: number;
	dy: number;
}

/** The label direction for a compass bearing: outward, the larger component scaled to 1. */
export function bearingDirection(bearing: number): { dx: number; dy: number } {
	const b = (bearing * Math.PI) / 180;
	const [ex, ey] = [Math.sin(b), -Math.cos(b)];
	const m = Math.max(Math.abs(ex), Math.abs(ey));
	const r = (v: number) => Math.round((v / m) * 100) / 100 || 0;
	return { dx: r(ex), dy: r(ey) };
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
	countries: { name: string; spots: { x: number; y: number }[] }[];
	permission: Figure;
	incursion: Figure;
	/** The short credit of each source the table names. */
	credits: Record<string, string>;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function select(
	dataset: Pick<Dataset, 'ranges' | 'places' | 'basemap' | 'figures' | 'sources'>
) {
	const basemap = dataset.basemap.find((b) => b.id === 'countries');
	if (!basemap) throw new Error('The reach map needs the "countries" row of data/basemap.csv.');
	const atlas = loadAtlas(basemap);
	const countries = loadCountries(basemap, atlas);
	const byA3 = (a3: string) => {
		const f = countries.features.find((c) => c.properties.a3 === a3);
		if (!f) throw new Error(`The atlas has no country ${a3}.`);
		return f;
	};
	const ukraine = byA3('UKR');
	const russia = byA3('RUS');

	const place = (name: string): Place => {
		const p = dataset.places.find((q) => q.name === name);
		if (!p) throw new Error(`The reach map needs "${name}" in data/places.csv.`);
		return p;
	};
	const launch = place(LAUNCH_PLACE);
	const center: [number, number] = [launch.lon, launch.lat];

	const ringFigures = RING_WEAPONS.map(({ id, weapon }) => {
		const figures = dataset.ranges.map(toRange).filter((r) => r.weapon === weapon);
		if (!figures.length) throw new Error(`data/ranges.csv has no range for ${weapon}.`);
		const kms = figures.map((f) => f.km);
		return { id, weapon, figures, innerKm: Math.min(...kms), outerKm: Math.max(...kms) };
	});
	const outermost = ringFigures[ringFigures.length - 1];

	// Fit the frame to Ukraine, the widest ring and the Russian cities named above.
	const fitTo: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			ukraine,
			polygonFeature(geodesicRing(center, outermost.outerKm)),
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'MultiPoint',
					coordinates: FRAME_PLACES.map((n) => [place(n).lon, place(n).lat])
				}
			}
		]
	};
	const projection = geoConicConformal().parallels([46, 52]).rotate([-31, 0]);
	projection.fitWidth(FRAME_WIDTH - 2 * FRAME_PAD, fitTo);
	const [[, top], [, bottom]] = geoPath(projection).bounds(fitTo);
	const height = Math.ceil(bottom - top + 2 * FRAME_PAD);
	projection.fitExtent(
		[
			[FRAME_PAD, FRAME_PAD],
			[FRAME_WIDTH - FRAME_PAD, height - FRAME_PAD]
		],
		fitTo
	);
	projection.clipExtent([
		[0, 0],
		[FRAME_WIDTH, height]
	]);
	const path = geoPath(projection).digits(1);
	const draw = (g: GeoPermissibleObjects) => path(g) ?? '';
	const project = (lonLat: [number, number]) => {
		const xy = projection(lonLat);
		if (!xy) throw new Error(`Cannot project ${lonLat}.`);
		return { x: round1(xy[0]), y: round1(xy[1]) };
	};

	const object = atlas.objects[basemap.object as 'countries'];
	const others = countries.features.filter((f) => f !== ukraine && f !== russia);
	const land = {
		ukraine: draw(ukraine),
		russia: draw(russia),
		others: others.map(draw).join(''),
		border: draw(
			mesh(atlas, object, (a, b) => {
				const a3 = (g: { properties?: { a3?: string } }) => g.properties?.a3;
				const pair = [a3(a), a3(b)].sort().join();
				return pair === 'RUS,UKR';
			})
		),
		source: basemap.source
	};

	const inFrame = ({ x, y }: { x: number; y: number }) =>
		x >= 0 && x <= FRAME_WIDTH && y >= 0 && y <= height;
	const placed = dataset.places.map((p) => ({
		name: p.name,
		country: p.country,
		...project([p.lon, p.lat]),
		km: distanceKm(center, [p.lon, p.lat]),
		source: p.source
	}));
	const offMap = placed
		.filter((p) => !inFrame(p))
		.map((p) => {
			const edge: 'top' | 'right' | 'bottom' | 'left' =
				p.y < 0 ? 'top' : p.y > height ? 'bottom' : p.x < 0 ? 'left' : 'right';
			return {
				...p,
				edge,
				x: round1(Math.min(Math.max(p.x, 0), FRAME_WIDTH)),
				y: round1(Math.min(Math.max(p.y, 0), height))
			};
		});

	const anchorsAt = (km: number, spots: Spot[]): Anchor[] =>
		spots.map(([bearing, side]) => {
			const { dx, dy } = bearingDirection(bearing);
			const sign = side === 'out' ? 1 : -1;
			return {
				...project(destination(center, km, bearing)),
				dx: sign * dx || 0,
				dy: sign * dy || 0
			};
		});
	const rings: ReachRing[] = ringFigures.map((r) => {
		const outer = polygonFeature(geodesicRing(center, r.outerKm));
		const inner = polygonFeature(geodesicRing(center, r.innerKm));
		const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(outer);
		return {
			...r,
			path: r.innerKm === r.outerKm ? draw(outer) : draw(outer) + draw(inner),
			box: [x0, y0, x1, y1].map(round1) as ReachRing['box'],
			label: {
				wide: anchorsAt(r.outerKm, RING_LABEL_SPOTS[r.id].wide),
				narrow: anchorsAt(r.outerKm, RING_LABEL_SPOTS[r.id].narrow)
			}
		};
	});

	const data: ReachData = {
		frame: { width: FRAME_WIDTH, height },
		land,
		launch: launch.name,
		places: placed.filter(inFrame),
		offMap,
		rings,
		countries: COUNTRY_LABELS.map((c) => ({
			name: c.name,
			spots: c.at.map((lonLat) => project(lonLat as unknown as [number, number]))
		})),
		permission: requireFigure(dataset, 'kharkiv-push'),
		incursion: requireFigure(dataset, 'kursk-incursion'),
		credits: {}
	};
	for (const f of rings.flatMap((r) => r.figures)) {
		const source = dataset.sources.find((s) => s.id === f.source);
		if (source) data.credits[f.source] = source.credit;
	}
	return data;
}

function polygonFeature(ring: [number, number][]): Feature<Polygon> {
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}
