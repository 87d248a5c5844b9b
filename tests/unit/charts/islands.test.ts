// The story's charts hydrate from data fetched as JSON (routes/data/[chart]/chart.json), so
// that data must survive JSON unchanged, or hydration would start from different marks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { parseStory } from '../../../src/lib/content/parse';
import { chartContext } from '../../../src/lib/charts/catalogue.server';
import { CHART_IDS } from '../../../src/lib/charts/catalogue';
import { DATA_DIR } from '../helpers';

const dataset = readDataDir(DATA_DIR);
const story = parseStory(
	readFileSync(resolve(import.meta.dirname, '../../../src/content/en/story.aml'), 'utf8'),
	dataset
);
const data = chartContext().data;

describe('chart data as JSON', () => {
	for (const chart of CHART_IDS)
		it(`${chart}: a JSON round trip changes nothing`, () => {
			expect(JSON.parse(JSON.stringify(data[chart]))).toStrictEqual(data[chart]);
		});
});
