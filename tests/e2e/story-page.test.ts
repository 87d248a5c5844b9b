import { readDataDir } from '../../src/lib/data/read';
import { formatFigure } from '../../src/lib/data/format';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

const data = readDataDir(resolve(import.meta.dirname, '../../data'));

test('the story page shows its title, dek and every figure with its source', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle('Within Range');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Within Range');
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
