// The figures the story takes from datasets must still be what the datasets give.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { readDataDir } from '../../src/lib/data/read';
import { DATA_DIR } from './helpers';
import {
	derivedSeries,
	dronesAllTypes,
	monthCrossings,
	sharedDataAvailable,
	SHARED_DATA
} from '../../scripts/derive.js';

const available = sharedDataAvailable();
if (!available) console.warn(`Derivation check skipped: no datasets at ${SHARED_DATA}.`);

describe.skipIf(!available)('data/ equals what ../shared/data gives', () => {
	const series = derivedSeries() as Record<string, Record<string, unknown>[]>;
	const data = readDataDir(DATA_DIR);
	const fig = (id: string) => data.figures.find((f) => f.id === id)?.value;

	for (const file of Object.keys(series)) {
		it(`data/${file}`, () => {
			const committed = csvParse(readFileSync(resolve(DATA_DIR, file), 'utf8'));
			const fresh = series[file].map((r) =>
				Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))
			);
			expect(committed.map((r) => ({ ...r }))).toEqual(fresh);
		});
	}

	it('the October figure from the dataset, and the gap to the reported one', () => {
		const oct = series['drones-monthly-2024.csv'].find((r) => r.month === '2024-10');
		expect(oct?.launched).toBe(fig('drones-oct-2024-dataset'));
		expect(fig('drones-oct-2024-dataset')).toBeLessThan(fig('drones-oct-2024-reported') as number);
		const nov = series['drones-monthly-2024.csv'].find((r) => r.month === '2024-11');
		expect(nov?.launched).toBe(fig('drones-nov-2024-dataset'));
		const jan = series['drones-monthly-2024.csv'].find((r) => r.month === '2024-01');
		expect(jan?.launched).toBe(fig('drones-jan-2024-dataset'));
	});

	it('October 2024, every drone type: the figure in data/, and what it adds to the Shahed count', () => {
		const oct = dronesAllTypes('2024-10');
		expect(oct.total).toBe(fig('drones-oct-2024-dataset-all'));
		expect(oct.byModel['Shahed-136/131']).toBe(fig('drones-oct-2024-dataset'));
		// Other types named in the figure's "counts": each is really in the month.
		for (const model of ['Lancet', 'ZALA', 'Supercam', 'Orlan-10'])
			expect(oct.byModel[model]).toBeGreaterThan(0);
		// The all-type count passes the reported 2,000; the Shahed-type count does not.
		expect(oct.total).toBeGreaterThan(fig('drones-oct-2024-reported') as number);
		expect(fig('drones-oct-2024-dataset')).toBeLessThan(fig('drones-oct-2024-reported') as number);
	});

	it('the methods note: three attack waves of 2024 cross a month end', () => {
		expect(monthCrossings().map((w) => w.slice(0, 10))).toEqual([
			'2024-10-31',
			'2024-11-30',
			'2024-12-31'
		]);
	});

	it('the 17 Nov 2024 breakdown: 120 missiles, 90 drones, and what was shot down', () => {
		const rows = series['assault-2024-11-17.csv'] as {
			category: string;
			launched: number;
			destroyed: number;
			lost_in_flight: number;
		}[];
		const missiles = rows.filter((r) => r.category !== 'UAV');
		const drones = rows.filter((r) => r.category === 'UAV');
		const sum = (rs: typeof rows, k: 'launched' | 'destroyed' | 'lost_in_flight') =>
			rs.reduce((s, r) => s + r[k], 0);
		expect(sum(missiles, 'launched')).toBe(fig('assault-missiles'));
		expect(sum(drones, 'launched')).toBe(fig('assault-drones'));
		expect(sum(missiles, 'destroyed')).toBe(fig('assault-missiles-destroyed'));
		expect(sum(drones, 'destroyed')).toBe(fig('assault-drones-destroyed'));
		expect(sum(drones, 'lost_in_flight')).toBe(fig('assault-drones-lost'));
	});

	it('the UN figures quoted in the copy match the monthly series', () => {
		const nov = series['casualties-monthly-2024.csv'].find((r) => r.month === '2024-11');
		expect(Number(nov?.killed)).toBe(fig('un-killed-2024-11'));
		expect(Number(nov?.injured)).toBe(fig('un-injured-2024-11'));
	});

	it('the Kiel sum of US military aid to June 2024', () => {
		const us = series['aid-by-donor.csv'].find((r) => r.donor === 'United States');
		expect(us?.military).toBe(fig('us-military-eur-r29'));
	});

	it('the Kiel release named in data/ is the one in the dataset', () => {
		const info = csvParse(
			readFileSync(resolve(SHARED_DATA, 'kiel_ust_release29_release_info.csv'), 'utf8')
		)[0];
		expect(data.aid.every((r) => r.release === info.release)).toBe(true);
		expect(data.sources.find((s) => s.id === 'ds-kiel-r29')?.published).toBe(info.date);
	});
});
