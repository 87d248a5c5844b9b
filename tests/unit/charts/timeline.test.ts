import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataDir } from '../../../src/lib/data/read';
import { parseStory } from '../../../src/lib/content/parse';
import { select as selectTimeline } from '../../../src/lib/charts/timeline/data.server';
import { timelineView } from '../../../src/lib/charts/timeline/view';
import { STATES } from '../../../src/lib/charts/timeline/index';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('timeline');
const dataset = readDataDir(DATA_DIR);
const raw = readFileSync(resolve(import.meta.dirname, '../../../src/content/en/story.aml'), 'utf8');
const data = selectTimeline(dataset, parseStory(raw, dataset));

describe('timeline chart', () => {
	it('takes every date from data/, in order', () => {
		expect(data.events.map((e) => e.date)).toEqual([
			'2024-05',
			'2024-08',
			'2024-11-17',
			'2024-11-19',
			'2025-01-20'
		]);
	});

	for (const state of STATES) {
		it(`${state}: one mark per event, month-precise ones spanning their month`, () => {
			const v = timelineView(data, state, say);
			expect(v.marks).toHaveLength(5);
			const may = v.marks.find((m) => m.id === 'kharkiv-push')!;
			expect(may).toMatchObject({ precision: 'month', when: 'May 2024' });
			expect(may.end).toBeGreaterThan(may.start);
			const day = v.marks.find((m) => m.id === 'decision-date')!;
			expect(day).toMatchObject({ precision: 'day', when: '17 November 2024' });
			expect(day.end).toBe(day.start);
			// Positions follow time: the axis runs from May 2024 to the end of January 2025.
			expect(v.marks.map((m) => m.start)).toEqual(
				[...v.marks.map((m) => m.start)].sort((a, b) => a - b)
			);
			expect(v.marks[0].start).toBe(0);
			expect(v.ticks[0].label).toBe('May 2024');
			expect(v.ticks.find((t) => t.year)?.label).toBe('Jan 2025');
			expect(v.ticks.at(-1)!.value).toBe(100);
		});
	}

	it('each state singles out its own dates, and says them', () => {
		const focus = (s: (typeof STATES)[number]) =>
			timelineView(data, s, say)
				.marks.filter((m) => m.focus)
				.map((m) => m.id);
		expect(focus('decision')).toEqual(['decision-date']);
		expect(focus('before')).toEqual(['kharkiv-push', 'kursk-incursion', 'decision-date']);
		expect(focus('after')).toEqual(['decision-date', 'war-day-1000', 'biden-leaves-office']);
		expect(timelineView(data, 'after', say).summary).toContain(
			'20 January 2025: Biden leaves office.'
		);
	});

	it('its table and CSV list every date with its event', () => {
		const csv = tableToCsv(timelineView(data, 'decision', say).table)
			.trim()
			.split('\n');
		expect(csv[0]).toBe('Date,Event');
		expect(csv).toContain('17 November 2024,Reported: the US allows ATACMS strikes inside Russia');
		// May 2024 dates Russia's push towards Kharkiv, not a HIMARS permission no source dates.
		expect(csv).toContain('May 2024,Russia pushes towards Kharkiv; the US then eases its limits');
		expect(csv).toHaveLength(6);
		expect(timelineView(data, 'decision', say).sources).toEqual(['report-002', 'report-004']);
	});
});
