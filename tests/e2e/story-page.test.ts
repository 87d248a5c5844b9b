import { readDataDir } from '../../src/lib/data/read';
import { formatFigure } from '../../src/lib/data/format';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

const data = readDataDir(resolve(import.meta.dirname, '../../data'));

test('the story page shows its title, dek and every figure with its source', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(
		"What Ukraine's American missiles can now reach inside Russia · Within Range"
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		"What Ukraine's American missiles can now reach inside Russia"
	);
	await expect(page.locator('.intro .kicker')).toHaveText('Within Range');
	await expect(page.locator('.dateline time')).toHaveAttribute('datetime', '2026-11-30');
	await expect(page.locator('.dateline time')).toHaveText('Published 30 November 2026');
	// The dek's date is rendered from data/, not typed into the copy.
	await expect(page.locator('.dek [data-figure="decision-date"]')).toHaveText('17 November 2024');

	const rows = page.locator('table.figures tbody tr');
	await expect(rows).toHaveCount(data.figures.length);
	for (const fig of data.figures) {
		const row = page.locator(`tr#figure-${fig.id}`);
		await expect(row.locator('td').first()).toHaveText(formatFigure(fig));
		// Each figure names its source by what it is ("Undated news report …"), not its headline.
		const credit = data.sources.find((s) => s.id === fig.source)!.credit;
		await expect(row.getByRole('link', { name: credit, exact: true })).toHaveAttribute(
			'href',
			`#source-${fig.source}`
		);
	}
	await expect(page.locator('tr#figure-drones-oct-2024-reported td').first()).toHaveText(
		'more than 2,000'
	);
	// A date inferred for an undated report says so; a report's own dateline does not.
	await expect(page.locator('tr#figure-assault-killed td').nth(2)).toHaveText(
		'17 November 2024 (inferred)'
	);
	await expect(page.locator('tr#figure-decision-date td').nth(2)).toHaveText('17 November 2024');
	// The provenance list is folded, and a link to a source opens it there.
	const provenance = page.locator('details.provenance');
	await expect(provenance).not.toHaveAttribute('open');
	await page.locator('tr#figure-us-aid-usd a').click();
	await expect(provenance).toHaveAttribute('open');
	await expect(page.locator('#source-report-000')).toBeInViewport();
	// Every source is listed once, and every link to one lands on it.
	await expect(page.locator('ol.sources > li')).toHaveCount(data.sources.length);
	for (const s of data.sources)
		await expect(page.locator(`#source-${s.id}`)).toContainText(s.title);
});

// The reach map, what is now in range, is the first thing a reader sees: the whole of it on
// the first screen of a phone and of a desktop, under the headline and above the dek.
for (const viewport of [
	{ width: 375, height: 667 },
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
	{ width: 1440, height: 900 }
]) {
	test(`at ${viewport.width}×${viewport.height} the opening's map is above the fold`, async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'desktop', 'sets its own viewport');
		await page.setViewportSize(viewport);
		await page.goto('/');
		const hero = page.locator('.intro figure.hero');
		await expect(hero).toHaveCount(1);
		const box = await hero.locator('.graphic').evaluate((g) => {
			const shapes = g.querySelectorAll('svg path, svg circle');
			const r = g.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom, height: r.height, shapes: shapes.length };
		});
		expect(box.shapes).toBeGreaterThan(4); // land and rings
		expect(box.height).toBeGreaterThan(200);
		expect(box.top).toBeGreaterThan(0);
		expect(box.bottom).toBeLessThanOrEqual(viewport.height);
		// Its names are drawn at a readable size (the map is not shrunk to fit).
		const smallest = await hero.evaluate((f) =>
			Math.min(
				...[...f.querySelectorAll('.graphic *')]
					.filter(
						(e) =>
							e.childNodes.length &&
							[...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
					)
					.map((e) => parseFloat(getComputedStyle(e).fontSize))
			)
		);
		expect(smallest).toBeGreaterThanOrEqual(11);
	});
}
