// Every chart in every state, as a reader sees it on its embed page at phone and desktop
// widths: nothing overflows, no text overlaps, labels are legible, the table and CSV work.
import { readFileSync } from 'node:fs';
import { CHARTS, CHART_IDS } from '../../src/lib/charts/catalogue';
import { test as base } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

test.describe.configure({ mode: 'parallel' });

for (const chart of CHART_IDS) {
	for (const state of CHARTS[chart].STATES) {
		test(`${chart} · ${state}`, async ({ page }) => {
			await page.goto(`/embed/${chart}/${state}/`);
			const figure = page.locator(`figure[data-chart="${chart}"]`);
			await expect(figure).toHaveAttribute('data-chart-state', state);
			// A state's marks: SVG, or a figure set in type where no scale stands beside it (aid · us).
			await expect(
				figure.locator('.graphic svg, .graphic [data-mark]').filter({ visible: true }).first()
			).toBeVisible();

			const report = await figure.evaluate((fig) => {
				const box = fig.getBoundingClientRect();
				const texts: { text: string; rect: DOMRect; size: number }[] = [];
				const walker = document.createTreeWalker(
					fig.querySelector('.graphic')!,
					NodeFilter.SHOW_TEXT
				);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const el = node.parentElement!;
					if (!node.textContent!.trim() || el.closest('.visually-hidden')) continue;
					const style = getComputedStyle(el);
					if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
					const range = document.createRange();
					range.selectNodeContents(node);
					for (const rect of range.getClientRects())
						if (rect.width > 0 && rect.height > 0)
							texts.push({
								text: node.textContent!.trim(),
								rect,
								size: parseFloat(style.fontSize)
							});
				}
				const overlaps: string[] = [];
				for (let i = 0; i < texts.length; i++)
					for (let j = i + 1; j < texts.length; j++) {
						const a = texts[i].rect;
						const b = texts[j].rect;
						const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
						const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
						if (x > 1 && y > 1) overlaps.push(`"${texts[i].text}" × "${texts[j].text}"`);
					}
				const outside = texts
					.filter(({ rect }) => rect.left < box.left - 1 || rect.right > box.right + 1)
					.map((t) => t.text);
				const small = texts.filter((t) => t.size < 12).map((t) => `${t.text} (${t.size}px)`);
				return {
					count: texts.length,
					overlaps,
					outside,
					small,
					overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth
				};
			});
			expect(report.count, 'the graphic has text labels').toBeGreaterThan(0);
			expect(report.overlaps, 'overlapping text').toEqual([]);
			expect(report.outside, 'text outside the chart').toEqual([]);
			expect(report.small, 'text under 12px').toEqual([]);
			expect(report.overflow, 'horizontal overflow').toBe(false);

			// "Show the data" opens a table; the CSV download holds the same rows.
			await figure.getByText('Show the data').click();
			const table = figure.locator('details table');
			await expect(table).toBeVisible();
			const rows = await table.locator('tbody tr').count();
			const header = await table.locator('thead th').allTextContents();
			const download = page.waitForEvent('download');
			await figure.getByRole('link', { name: 'Download the data (CSV)' }).click();
			const csv = readFileSync(await (await download).path(), 'utf8')
				.trim()
				.split('\n');
			expect(csv[0].split(',')).toEqual(header.map((h) => (h.includes(',') ? `"${h}"` : h)));
			expect(csv.length - 1).toBe(rows);

			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

test('bad query parameters leave an embed intact and in its default state', async ({ page }) => {
	let dialog = false;
	page.on('dialog', async (d) => {
		dialog = true;
		await d.dismiss();
	});
	const long = 'x'.repeat(5000);
	await page.goto(
		`/embed/drones/?state=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=42&childId=%22%3E%3Cimg&${long}=${long}`
	);
	const figure = page.locator('figure[data-chart="drones"]');
	await expect(figure).toHaveAttribute('data-chart-state', 'october');
	await expect(figure.locator('.graphic svg').filter({ visible: true }).first()).toBeVisible();
	expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
	expect(
		await page
			.locator('script:not([src]):not([type])')
			.evaluateAll((s) => s.map((e) => e.textContent).join(''))
	).not.toContain('alert(1)');
	expect(await page.locator('img').count()).toBe(0);
	expect(dialog).toBe(false);
	await page.goto(`/embed/drones/?state=${'rise'.repeat(100)}&theme=dark`);
	await expect(figure).toHaveAttribute('data-chart-state', 'october');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('?state= opens that state’s own page, keeping the other parameters', async ({ page }) => {
	await page.goto('/embed/aid/?state=donors&theme=dark');
	await expect(page).toHaveURL(/\/embed\/aid\/donors\/\?theme=dark$/);
	await expect(page.locator('figure[data-chart="aid"]')).toHaveAttribute(
		'data-chart-state',
		'donors'
	);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// From a state's page, the default state is the chart's own page.
	await page.goto('/embed/aid/donors/?state=by-type');
	await expect(page).toHaveURL(/\/embed\/aid\/$/);
	await expect(page.locator('figure[data-chart="aid"]')).toHaveAttribute(
		'data-chart-state',
		'by-type'
	);
});

test('an embed page is static: no SvelteKit client, one inline script', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto('/embed/reach/kursk/');
	await expect(page.locator('figure[data-chart="reach"]')).toHaveAttribute(
		'data-chart-state',
		'kursk'
	);
	expect(scripts).toEqual([]);
	expect(await page.locator('script').count()).toBe(1);
	expect(
		await page.evaluate(
			() =>
				'__sveltekit_dev' in window || Object.keys(window).some((k) => k.startsWith('__sveltekit'))
		)
	).toBe(false);
});

// No console fixture: the 404 response itself is logged as an error.
base('an unknown state is the 404 page', async ({ page }) => {
	const response = await page.goto('/embed/drones/nothing/');
	expect(response?.status()).toBe(404);
});
