import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectDrones } from '../../../src/lib/charts/drones/data.server';
import { dronesView, timesWords } from '../../../src/lib/charts/drones/view';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/drones/index';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('drones');

const dataset = readDataDir(DATA_DIR);
const data = selectDrones(dataset);

describe('drones chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['year', 'rise', 'october']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	for (const state of STATES) {
		it(`${state}: one bar per month of 2024, on an axis that never changes`, () => {
			const v = dronesView(data, state, say);
			expect(v.bars.map((b) => b.month)).toEqual(dataset.drones.map((d) => d.month));
			expect(v.bars.map((b) => b.value)).toEqual(dataset.drones.map((d) => d.launched));
			// The axis covers both the dataset's top month (2,464) and the reported 2,000.
			expect(v.yMax).toBe(2500);
			expect(v.yTicks).toEqual([0, 500, 1000, 1500, 2000, 2500]);
			expect(v.yTickLabels).toEqual(['0', '500', '1,000', '1,500', '2,000', '2,500']);
			expect(v.table.rows).toHaveLength(12);
			expect(v.sources).toContain('ds-missile-attacks');
		});
	}

	it('year: no month singled out', () => {
		const v = dronesView(data, 'year', say);
		expect(new Set(v.bars.map((b) => b.emphasis))).toEqual(new Set(['context']));
		expect(v.reference).toBeNull();
		expect(v.summary).toContain('from 287 in April 2024 to 2,464 in November 2024');
	});

	it('rise: January to October in focus, labelled at both ends', () => {
		const v = dronesView(data, 'rise', say);
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
		// 1,960 / 362 = 5.4: "more than five times", never "about 5 times".
		expect(v.summary).toContain(
			'from 362 in January 2024 to 1,960 in October 2024, more than five times as many'
		);
		expect(v.notes).toEqual([{ swatch: null, text: 'Jan to Oct: more than five times as many' }]);
		expect(v.extra).toBeNull();
	});

	it('timesWords rounds down and says so', () => {
		expect(timesWords(1960 / 362, say)).toBe('more than five times as many');
		expect(timesWords(5, say)).toBe('five times as many');
		expect(timesWords(12.5, say)).toBe('more than 12 times as many');
	});

	it('october: both the reported and the dataset figure, and why they differ', () => {
		const v = dronesView(data, 'october', say);
		expect(v.bars.filter((b) => b.emphasis === 'focus').map((b) => b.month)).toEqual(['2024-10']);
		expect(v.reference).toEqual({
			month: '2024-10',
			value: 2000,
			label: 'One report: more than 2,000'
		});
		// Every drone type in the dataset: 1,960 Shahed-type plus 50 others, stacked on the bar.
		expect(v.extra).toEqual({ month: '2024-10', from: 1960, to: 2010 });
		expect(v.notes).toEqual([
			{ swatch: 'focus', text: 'Shahed-type, dataset: 1,960' },
			{ swatch: 'extra', text: 'Every drone type, dataset: 2,010' },
			{ swatch: 'reference', text: 'One report: more than 2,000' }
		]);
		// The tallest bar is labelled, and placed after the permission was reported.
		expect(v.bars.filter((b) => b.label).map((b) => [b.month, b.label])).toEqual([
			['2024-11', '2,464 in November, after the permission was reported']
		]);
		expect(v.summary).toMatch(/one report gives more than 2,000 drones, a record at the time/);
		expect(v.summary).toContain('counts 1,960 Shahed-type drones, or 2,010 of every type');
		expect(v.summary).not.toMatch(/the reports/i);
		expect(v.sources).toEqual(['ds-missile-attacks', 'report-000']);
		const csv = tableToCsv(v.table).split('\n');
		expect(csv[0]).toBe(
			'Month,Shahed-type drones in the dataset,Every drone type in the dataset,Figure in one report'
		);
		expect(csv).toContain('October 2024,1960,2010,"more than 2,000"');
		expect(csv).toContain('November 2024,2464,,');
	});

	it('year: no notes, no stacked types, no labels', () => {
		const v = dronesView(data, 'year', say);
		expect(v.notes).toEqual([]);
		expect(v.extra).toBeNull();
		expect(v.bars.every((b) => b.label === '')).toBe(true);
	});
});
