// The atlas basemap.csv names, read from its npm package at build time and drawn as the map's
// land: Ukraine, Russia, their neighbours and the border between the two.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Basemap } from '$lib/data/schema';
import type { ReachData } from './data.server';

export type Countries = FeatureCollection<Geometry, { name: string; a3: string }>;
export type Atlas = Topology<{ countries: GeometryCollection<{ name: string; a3: string }> }>;

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

/** A country of the atlas by its ISO code; a missing one is named. */
export function countryOf(countries: Countries, a3: string) {
	const f = countries.features.find((c) => c.properties.a3 === a3);
	if (!f) throw new Error(`The atlas has no country ${a3}.`);
	return f;
}

/** The land as projected paths: Ukraine and Russia apart, the rest together, the border alone. */
export function landOf(
	basemap: Basemap,
	atlas: Atlas,
	countries: Countries,
	draw: (g: GeoPermissibleObjects) => string
): ReachData['land'] {
	const ukraine = countryOf(countries, 'UKR');
	const russia = countryOf(countries, 'RUS');
	const object = atlas.objects[basemap.object as 'countries'];
	const others = countries.features.filter((f) => f !== ukraine && f !== russia);
	const a3 = (g: { properties?: { a3?: string } }) => g.properties?.a3;
	return {
		ukraine: draw(ukraine),
		russia: draw(russia),
		others: others.map(draw).join(''),
		border: draw(mesh(atlas, object, (a, b) => [a3(a), a3(b)].sort().join() === 'RUS,UKR')),
		source: basemap.source
	};
}
