// Distances and directions on the sphere, for the rings and their labels: build time only,
// with the rest of the map's geometry.
import { geoCircle, geoDistance } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { RangeFigure } from '$lib/data/schema';
import type { ReachRange } from './data.server';

/** The mean Earth radius (IUGG), in km: distances on the map are great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;
/** The international mile. */
export const KM_PER_MILE = 1.609344;
/** Degrees between a ring's vertices: 120 vertices keep it round at any zoom used here. */
const RING_STEP = 3;

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

/** A ring of [lon, lat] points as a GeoJSON polygon, to fit or draw. */
export function polygonFeature(ring: [number, number][]): Feature<Polygon> {
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
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
