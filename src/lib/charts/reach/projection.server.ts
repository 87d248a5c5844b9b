// The map's frame: a conic projection fitted to Ukraine, the widest ring and a few Russian
// cities, 1000 units wide, and the helpers that draw and place things in it.
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { geodesicRing, polygonFeature } from './geo.server';

// Layout choices, not data.
const FRAME_WIDTH = 1000;
const FRAME_PAD = 12;

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The frame and what draws in it, in its units. */
export interface Frame {
	width: number;
	height: number;
	/** An SVG path of any GeoJSON, clipped to the frame, to a tenth of a unit. */
	draw: (g: GeoPermissibleObjects) => string;
	/** A [lon, lat] point's place in the frame, to a tenth of a unit. */
	project: (lonLat: [number, number]) => { x: number; y: number };
	/** Projected bounds [x0, y0, x1, y1], to a tenth of a unit. */
	bounds: (g: GeoPermissibleObjects) => [number, number, number, number];
	/** Whether a point lies inside the frame. */
	holds: (p: { x: number; y: number }) => boolean;
}

/** Fits the frame's width to `country`, the ring `outerKm` around `center`, and `points`. */
export function fitFrame(
	country: Feature,
	center: [number, number],
	outerKm: number,
	points: [number, number][]
): Frame {
	const fitTo: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			country,
			polygonFeature(geodesicRing(center, outerKm)),
			{ type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } }
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
	return {
		width: FRAME_WIDTH,
		height,
		draw: (g) => path(g) ?? '',
		project: (lonLat) => {
			const xy = projection(lonLat);
			if (!xy) throw new Error(`Cannot project ${lonLat}.`);
			return { x: round1(xy[0]), y: round1(xy[1]) };
		},
		bounds: (g) => {
			const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(g);
			return [x0, y0, x1, y1].map(round1) as [number, number, number, number];
		},
		holds: ({ x, y }) => x >= 0 && x <= FRAME_WIDTH && y >= 0 && y <= height
	};
}

/** A point beyond the frame, pinned to the edge it lies beyond. */
export function pinToEdge<P extends { x: number; y: number }>(p: P, frame: Frame) {
	const edge: 'top' | 'right' | 'bottom' | 'left' =
		p.y < 0 ? 'top' : p.y > frame.height ? 'bottom' : p.x < 0 ? 'left' : 'right';
	return {
		...p,
		edge,
		x: round1(Math.min(Math.max(p.x, 0), frame.width)),
		y: round1(Math.min(Math.max(p.y, 0), frame.height))
	};
}
