// "Show the data" shows the state on screen: a closed table is left alone as the steps change
// (building and parsing it cost the step's own task), and it shows the active state's rows as
// it opens, or as the page is printed.
import type { Locator, Page } from '@playwright/test';
import { test, expect, holdRequests } from './fixtures';
import { scrollToStep, settleOnStep } from './steps';

test.use({ viewport: { width: 1280, height: 800 } });

/** The table's header and rows, beside the active state's CSV (its download link's file). */
async function matchesCsv(page: Page, figure: Locator) {
	const table = figure.locator('details table');
	const header = await table.locator('thead th').allTextContents();
	const rows = await table.locator('tbody tr').count();
	const href = await figure
		.getByRole('link', { name: 'Download the data (CSV)' })
		.evaluate((a) => (a as HTMLAnchorElement).href);
	const csv = (await (await page.request.get(href)).text()).trim().split('\n');
	return {
		header: header.map((h) => (h.includes(',') ? `"${h}"` : h)),
		rows,
		csvHeader: csv[0].split(','),
		csvRows: csv.length - 1,
		csv: href.split('/').slice(-2).join('/')
	};
}

test('a closed data table waits for the reader, and shows the active state when opened or printed', async ({
	page
}) => {
	await page.goto('/');
	await settleOnStep(page, 'troops', 'troops-estimates');
	const figure = page.locator('section#troops figure[data-chart="troops"]');
	const details = figure.locator('details.data');
	await expect(details).not.toHaveAttribute('open');
	await details.evaluate((d) => {
		const w = window as unknown as { __tableMutations: number };
		w.__tableMutations = 0;
		new MutationObserver((m) => (w.__tableMutations += m.length)).observe(d, {
			subtree: true,
			childList: true,
			characterData: true
		});
	});

	await scrollToStep(page, 'troops-up-to');
	await expect(figure).toHaveAttribute('data-chart-state', 'up-to');
	await page.waitForTimeout(600);
	const mutations = () =>
		page.evaluate(() => (window as unknown as { __tableMutations: number }).__tableMutations);
	expect(await mutations(), 'the closed table was rebuilt').toBe(0);

	// Opened (as a click would, without scrolling the summary into view and the step on):
	// the state on screen, row for row as its CSV.
	await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
	await expect(figure).toHaveAttribute('data-chart-state', 'up-to');
	let seen = await matchesCsv(page, figure);
	expect(seen.csv).toBe('troops/up-to.csv');
	expect(seen.header).toEqual(seen.csvHeader);
	expect(seen.rows).toBe(seen.csvRows);
	expect(await mutations()).toBeGreaterThan(0);

	// Closed again, the steps move on; printing shows the state then on screen.
	await details.evaluate((d) => ((d as HTMLDetailsElement).open = false));
	await scrollToStep(page, 'troops-force');
	await expect(figure).toHaveAttribute('data-chart-state', 'force');
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	seen = await matchesCsv(page, figure);
	expect(seen.csv).toBe('troops/force.csv');
	expect(seen.header).toEqual(seen.csvHeader);
	expect(seen.rows).toBe(seen.csvRows);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
});

// CI's phone once opened aid's table while the chart's code was still on its way: the table
// kept the server's first state (one row) after the chart had hydrated into the step's.
test('a table opened before its chart hydrates shows the chart’s state once it does', async ({
	page
}) => {
	const release = await holdRequests(page, '**/data/aid/chart.json');
	await page.goto('/');
	const last = page.locator('section#aid [data-step]').last();
	await scrollToStep(page, (await last.getAttribute('id'))!);
	await expect(last).toHaveClass(/active/);
	const figure = page.locator('section#aid figure[data-chart="aid"]');
	const island = page.locator('section#aid [data-chart-island]');
	await figure.locator('details.data summary').click();
	await expect(figure.locator('details.data')).toHaveAttribute('open');
	await expect(island).toHaveAttribute('data-hydrated', 'false');

	release();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	const state = (await last.getAttribute('data-state'))!;
	await expect(figure).toHaveAttribute('data-chart-state', state);
	await expect(async () => {
		const seen = await matchesCsv(page, figure);
		expect(seen.csv).toBe(`aid/${state}.csv`);
		expect(seen.header).toEqual(seen.csvHeader);
		expect(seen.rows).toBe(seen.csvRows);
	}).toPass({ timeout: 3000 });
});
