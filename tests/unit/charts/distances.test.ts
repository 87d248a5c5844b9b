import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select } from '../../../src/lib/charts/distances/data.server';
import { distancesView, reachOf } from '../../../src/lib/charts/distances/view';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/distances/index';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('distances');
const dataset = readDataDir(DATA_DIR);
const data = select(dataset);

describe('distances chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['cities', 'within']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	it("takes Russia's cities from places.csv, nearest first, measured from Sumy", () => {
		expect(data.from).toBe('Sumy');
		expect(data.cities.map((c) => c.name)).toEqual([
			'Sudzha',
			'Belgorod',
			'Kursk',
			'Orël',
			'Bryansk',
			'Voronezh',
			'Moscow'
		]);
		// Great-circle distances from the GeoNames coordinates (Kursk ~132 km, Moscow ~569 km).
		expect(data.cities.find((c) => c.name === 'Kursk')!.km).toBeCloseTo(131.8, 0);
		expect(data.cities.find((c) => c.name === 'Moscow')!.km).toBeCloseTo(569.1, 0);
	});

	it('takes each weapon’s reach from ranges.csv, miles converted; ATACMS as the spread 299–306 km', () => {
		expect(data.ranges.map((r) => r.weapon)).toEqual(['HIMARS', 'Storm Shadow/SCALP', 'ATACMS']);
		const atacms = data.ranges[2];
		expect(atacms.innerKm).toBeCloseTo(299.3, 1); // 186 miles
		expect(atacms.outerKm).toBeCloseTo(305.8, 1); // 190 miles
		expect(atacms.figures).toHaveLength(5);
	});

	it('cities: distances alone, rounded to 5 km, no reach drawn', () => {
		const v = distancesView(data, 'cities', say);
		expect(v.ranges).toEqual([]);
		expect(v.cities.map((c) => c.km)).toEqual([45, 130, 130, 245, 265, 315, 570]);
		expect(v.cities.every((c) => c.reach === null)).toBe(true);
		expect(v.cities[6].x).toBeLessThanOrEqual(100);
		expect(v.summary).toContain('Sudzha (45 km)');
		expect(v.sources).toEqual(['ds-geonames']);
	});

	it('within: which cities the shortest reported ATACMS range reaches, and which lie beyond', () => {
		const v = distancesView(data, 'within', say);
		expect(v.ranges.map((r) => r.label)).toEqual(['80 km', '250 km', '299–306 km']);
		// A phone's plot names the weapons shortly; the full names stay for wider plots.
		expect(v.ranges.map((r) => [r.weapon, r.short])).toEqual([
			['HIMARS', 'HIMARS'],
			['Storm Shadow/SCALP', 'Storm Shadow'],
			['ATACMS', 'ATACMS']
		]);
		expect(v.cities.map((c) => c.reach)).toEqual([
			'within',
			'within',
			'within',
			'within',
			'within',
			'beyond',
			'beyond'
		]);
		expect(v.summary).toBe(
			'From Sumy, even the shortest range the reports give for ATACMS (299–306 km) reaches Sudzha (45 km), Belgorod (130 km), Kursk (130 km), Orël (245 km) and Bryansk (265 km). Voronezh (315 km) and Moscow (570 km) lie beyond it.'
		);
		expect(v.table.rows.find((r) => r.city === 'Orël')!.reach).toBe(
			'Storm Shadow/SCALP and ATACMS'
		);
		expect(v.table.rows.find((r) => r.city === 'Moscow')!.reach).toBe('none of these');
		expect(v.sources).toEqual(expect.arrayContaining(['ds-geonames', 'report-002']));
	});

	it('a city between the shortest and longest reported range is on the edge, not inside', () => {
		expect(reachOf(300, { innerKm: 299, outerKm: 306 })).toBe('edge');
		expect(reachOf(299, { innerKm: 299, outerKm: 306 })).toBe('within');
		expect(reachOf(307, { innerKm: 299, outerKm: 306 })).toBe('beyond');
	});
});
