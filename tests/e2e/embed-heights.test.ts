// The heights table (src/lib/embed/heights.json) against the built embed pages: measured
// again, every third width, it must be what the build used, or the loader reserves the wrong
// height. Fails after a copy or layout change until `npm run embed:heights` is run.
import { CHART_IDS } from '../../src/lib/charts/catalogue';
import {
	FIRST,
	HOST,
	SLACK,
	embedPages,
	fontProbe,
	measurePage
} from '../../scripts/embed-heights.js';
import { readFileSync } from 'node:fs';
import type { HeightTable } from '../../src/lib/embed/heights.server';
import { test, expect } from './fixtures';

const table: HeightTable = JSON.parse(
	readFileSync(new URL('../../src/lib/embed/heights.json', import.meta.url), 'utf8')
);

const STALE = 'src/lib/embed/heights.json is stale: run `npm run build && npm run embed:heights`';

/** Every third width: a copy edit moves the height over a wider span than that. */
const STEP = 3;

for (const chart of CHART_IDS)
	test(`${chart}: every embed page is as tall as the heights table says, at every width`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`/${HOST}`);
		// Other fonts wrap text elsewhere: then only check that the table leaves room enough.
		const sameFonts = (await fontProbe(page)) === table.fontProbe;
		const pages = embedPages().filter((p) => p.key.split('/')[1] === chart);
		expect(pages.length).toBeGreaterThan(1);
		for (const { key, path } of pages) {
			const row = table.pages[key];
			expect(row, `${key}: not in the table. ${STALE}`).toBeDefined();
			const wrong = (await measurePage(page, path, STEP)).flatMap((h, i) => {
				const w = FIRST + i * STEP;
				const band = row.from.findLastIndex((from) => w >= from);
				const room = row.height[band] + row.slope[band] * w - h;
				// The table's bands are never short and never more than SLACK (+0.1) px over.
				const ok = room >= -0.01 && (!sameFonts || room <= SLACK + 0.11);
				return ok ? [] : [`${w} px: ${h.toFixed(1)} for ${(h + room).toFixed(1)}`];
			});
			expect(wrong, `${key}: ${STALE}`).toEqual([]);
		}
	});
