// Our words are our own: no run of eight words of what the reader sees (the copy, every
// chart state's labels, notes, summaries and tables, the figure list) appears in a report.
// The sources list, which names the reports by their own headlines, is left out.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataDir } from '../../src/lib/data/read';
import { parseStory } from '../../src/lib/content/parse';
import { plain } from '../../src/lib/content/story';
import { chartContext } from '../../src/lib/charts/catalogue.server';
import { CHARTS, CHART_IDS } from '../../src/lib/charts/catalogue';
import { RUN, SEEDS, indexReports, runs, seeds, sharedRuns, words } from '../shared/copying';
import { DATA_DIR } from './helpers';

const found = seeds();
const reports = found && indexReports(found);
if (!reports) console.warn(`Copying check skipped: no reports at ${SEEDS}.`);

/** Every string inside a value, depth first. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('the 8-word run check itself', () => {
	it('normalises case, punctuation and curly quotes, and finds a shared run', () => {
		expect(words('Russia’s “largest” attack—in months, 1,960!')).toEqual([
			"russia's",
			'largest',
			'attack',
			'in',
			'months',
			'1,960'
		]);
		const report = indexReports(
			new Map([['r.txt', 'One two three four five six seven eight nine.']])
		);
		expect(sharedRuns('ONE two, three four five six seven eight', report)).toHaveLength(1);
		expect(sharedRuns('one two three four five six seven', report)).toEqual([]);
		expect(runs('a b c d e f g h i').size).toBe(2);
		expect(RUN).toBe(8);
	});
});

describe.skipIf(!reports)('no 8-word run of ours is in a report', () => {
	const dataset = readDataDir(DATA_DIR);
	const raw = readFileSync(resolve(import.meta.dirname, '../../src/content/en/story.aml'), 'utf8');
	const story = parseStory(raw, dataset);
	const data = chartContext().data;

	it('the story copy: headline, dek, steps, chart titles and takeaways, methods, table notes', () => {
		const text = [
			story.headline,
			plain(story.dek),
			...story.sections.flatMap((s) => [s.title, ...s.steps.map((st) => plain(st.text))]),
			...Object.values(story.charts).flatMap((c) => [c.title, plain(c.takeaway)]),
			...story.timeline.map((t) => t.label),
			...story.methods,
			...story.disagreements.flatMap((d) => [d.topic, d.note])
		];
		// Checked piece by piece, so that no run is made up across two separate texts.
		expect(text.flatMap((t) => sharedRuns(t, reports!))).toEqual([]);
	});

	for (const chart of CHART_IDS)
		it(`${chart}: every state's words`, () => {
			const texts = new Set(
				CHARTS[chart].STATES.flatMap((state: string) => strings(chartContext().view(chart, state)))
			);
			expect([...texts].flatMap((t) => sharedRuns(t, reports!))).toEqual([]);
		});

	it("the figure list: what each figure counts, its note, its source's credit", () => {
		const text = [
			...dataset.figures.flatMap((f) => [f.counts, f.note]),
			...dataset.sources.map((s) => s.credit)
		];
		expect(text.flatMap((t) => sharedRuns(t, reports!))).toEqual([]);
	});
});
