import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { selectDrones } from '../../../src/lib/charts/drones/data';
import { dronesView } from '../../../src/lib/charts/drones/state';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/drones/states';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR } from '../helpers';

const dataset = readDataDir(DATA_DIR);
const data = selectDrones(dataset);

describe('drones chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['year', 'rise', 'october']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	for (const state of STATES) {
		it(`${state}: one bar per month of 2024, on an axis that never changes`, () => {
			const v = dronesView(data, state);
			expect(v.bars.map((b) => b.month)).toEqual(dataset.drones.map((d) => d.month));
			expect(v.bars.map((b) => b.value)).toEqual(dataset.drones.map((d) => d.launched));
			// The axis covers both the dataset's top month (2,464) and the reported 2,000.
			expect(v.yMax).toBe(2500);
			expect(v.yTicks).toEqual([0, 500, 1000, 1500, 2000, 2500]);
			expect(v.table.rows).toHaveLength(12);
			expect(v.sources).toContain('ds-missile-attacks');
		});
	}

	it('year: no month singled out', () => {
		const v = dronesView(data, 'year');
		expect(new Set(v.bars.map((b) => b.emphasis))).toEqual(new Set(['context']));
		expect(v.reference).toBeNull();
		expect(v.summary).toContain('from 287 in April 2024 to 2,464 in November 2024');
	});

	it('rise: January to October in focus, labelled at both ends', () => {
		const v = dronesView(data, 'rise');
		expect(v.bars.filter((b) => b.emphasis === 'focus').map((b) => b.short)).toEqual([
			'Jan',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct'
		]);
		expect(v.bars.filter((b) => b.label).map((b) => b.label)).toEqual(['362', '1,960']);
		expect(v.summary).toContain('from 362 in January 2024 to 1,960 in October 2024, about 5 times');
	});

	it('october: both the reported and the dataset figure, and why they differ', () => {
		const v = dronesView(data, 'october');
		expect(v.bars.filter((b) => b.emphasis === 'focus').map((b) => b.month)).toEqual(['2024-10']);
		expect(v.reference).toEqual({
			month: '2024-10',
			value: 2000,
			label: 'Reported: more than 2,000'
		});
		expect(v.bars.find((b) => b.month === '2024-10')?.label).toBe('Dataset: 1,960');
		expect(v.summary).toMatch(/more than 2,000 drones.*counts 1,960/);
		expect(v.sources).toEqual(['ds-missile-attacks', 'report-000']);
		const csv = tableToCsv(v.table).split('\n');
		expect(csv[0]).toBe('Month,Drones in the dataset,Reported figure');
		expect(csv).toContain('October 2024,1960,"more than 2,000"');
		expect(csv).toContain('November 2024,2464,');
	});
});
