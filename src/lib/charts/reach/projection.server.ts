// The map's frame: a conic projection fitted to the widest ring with room round it for names,
// 1000 units wide, and the helpers that draw and place things in it. The frame is the view of
// the ATACMS steps; the other states zoom into it.
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { destination, geodesicRing, polygonFeature } from './geo.server';

// Layout choices, not data.
const FRAME_WIDTH = 1000;
/**
 * The room beyond the widest ring, as shares of its radius, towards each compass point: to the
 * east, where Voronezh lies just beyond the ring; the west, where Kyiv sits on it; the north,
 * for Bryansk and the arrow to Moscow; least to the south. The corners left round the ring hold
 * the rings' names on a phone. It sets the frame's shape: 5:4, as the map always was.
 */
const ROOM = { north: 0.24, south: 0.08, west: 0.5, east: 0.5 };

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The frame and what draws in it, in its units. */
export interface Frame {
	width: number;
	height: number;
	/** An SVG path of any GeoJSON, clipped to the frame, to a tenth of a unit. */
	draw: (g: GeoPermissibleObjects) => string;
	/** A [lon, lat] point's place in the frame, to a tenth of a unit (outside it if beyond). */
	project: (lonLat: [number, number]) => { x: number; y: number };
	/** Projected bounds [x0, y0, x1, y1], to a tenth of a unit. */
	bounds: (g: GeoPermissibleObjects) => [number, number, number, number];
	/** Whether a point lies inside the frame. */
	holds: (p: { x: number; y: number }) => boolean;
}

/** Fits the frame to the ring `outerKm` around `center`, with ROOM round it. */
export function fitFrame(center: [number, number], outerKm: number): Frame {
	const room = ([bearing, share]: [number, number]) =>
		destination(center, outerKm * (1 + share), bearing);
	const fitTo: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			polygonFeature(geodesicRing(center, outerKm)),
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'MultiPoint',
					coordinates: (
						[
							[0, ROOM.north],
							[90, ROOM.east],
							[180, ROOM.south],
							[270, ROOM.west]
						] as [number, number][]
					).map(room)
				}
			}
		]
	};
	const projection = geoConicConformal().parallels([46, 52]).rotate([-31, 0]);
	projection.fitWidth(FRAME_WIDTH, fitTo);
	const [[, top], [, bottom]] = geoPath(projection).bounds(fitTo);
	const height = Math.ceil(bottom - top);
	projection.fitExtent(
		[
			[0, 0],
			[FRAME_WIDTH, height]
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
