// Each chart offers its state as SVG and PNG beside its CSV: the links download what they
// say, have names that say it, and sit tidily on the narrowest phones.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('an embed downloads its chart as SVG and as PNG', async ({ page }) => {
	await page.goto('/embed/drones/?state=rise');
	const figure = page.locator('figure[data-chart="drones"]');
	await expect(figure).toHaveAttribute('data-chart-state', 'rise');

	const svgLink = figure.getByRole('link', { name: 'Download the chart as SVG' });
	await expect(svgLink).toHaveAttribute('href', /data\/drones\/rise\.svg$/);
	let download = page.waitForEvent('download');
	await svgLink.click();
	const svg = readFileSync(await (await download).path(), 'utf8');
	expect(svg.trimStart().startsWith('<svg')).toBe(true);
	expect(svg).toContain('</svg>');
	expect((await download).suggestedFilename()).toBe('within-range-drones-rise.svg');

	const pngLink = figure.getByRole('link', { name: 'Download the chart as PNG' });
	download = page.waitForEvent('download');
	await pngLink.click();
	const png = readFileSync(await (await download).path());
	expect(png.subarray(0, 8).equals(PNG)).toBe(true);
	expect((await download).suggestedFilename()).toBe('within-range-drones-rise.png');
});

test('every chart in the story links its state’s SVG and PNG', async ({ page }) => {
	await page.goto('/');
	const figures = page.locator('figure[data-chart]');
	const count = await figures.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		const f = figures.nth(i);
		const chart = await f.getAttribute('data-chart');
		const state = await f.getAttribute('data-chart-state');
		const href = new RegExp(`data/${chart}/${state}\\.`);
		await expect(f.getByRole('link', { name: 'Download the chart as SVG' })).toHaveAttribute(
			'href',
			new RegExp(href.source + 'svg$')
		);
		await expect(f.getByRole('link', { name: 'Download the chart as PNG' })).toHaveAttribute(
			'href',
			new RegExp(href.source + 'png$')
		);
	}
});

test('the download links fit a 320px screen, each a usable target', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/embed/aid/');
	const links = page.locator('figure[data-chart="aid"] .downloads a');
	await expect(links).toHaveCount(3);
	for (const box of await links.evaluateAll((as) =>
		as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect)
	)) {
		expect(box.left).toBeGreaterThanOrEqual(0);
		expect(box.right).toBeLessThanOrEqual(320);
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
	expect(overflow).toBe(false);
});
