// Each chart offers its state as SVG and PNG beside its CSV, in each edition: the links
// download what they say, in that edition's words (uk/data/… under /uk/), have names that
// say it, and sit tidily on the narrowest phones.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { forEachEdition } from './steps';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The share of a text's letters that are Cyrillic. */
const cyrillic = (text: string) =>
	(text.match(/\p{Script=Cyrillic}/gu) ?? []).length /
	Math.max(1, (text.match(/\p{L}/gu) ?? []).length);

/** A link's address as the browser resolves it: its path from the site's root. */
const pathOf = (link: Locator) =>
	link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);

forEachEdition((edition) => {
	const words = archieml.load(
		readFileSync(resolve(import.meta.dirname, `../../src/content/${edition.locale}/ui.aml`), 'utf8')
	).frame as Record<string, string>;
	const uk = edition.locale === 'uk';

	test('an embed downloads its chart as SVG, PNG and CSV, in its edition', async ({ page }) => {
		await page.goto(`/${edition.path}embed/drones/?state=rise`);
		const figure = page.locator('figure[data-chart="drones"]');
		await expect(figure).toHaveAttribute('data-chart-state', 'rise');
		const files = `/${edition.path}data/drones/rise`;

		const svgLink = figure.getByRole('link', { name: words['download-svg'] });
		expect(await pathOf(svgLink)).toBe(`${files}.svg`);
		let download = page.waitForEvent('download');
		await svgLink.click();
		const svg = readFileSync(await (await download).path(), 'utf8');
		expect(svg.trimStart().startsWith('<svg')).toBe(true);
		expect(svg).toContain('</svg>');
		expect((await download).suggestedFilename()).toBe('within-range-drones-rise.svg');
		// Its title, takeaway, labels and credit in the edition's words.
		const drawn = svg.replace(/<[^>]+>/g, ' ');
		if (uk) expect(cyrillic(drawn)).toBeGreaterThanOrEqual(0.9);
		else expect(cyrillic(drawn)).toBe(0);

		const pngLink = figure.getByRole('link', { name: words['download-png'] });
		expect(await pathOf(pngLink)).toBe(`${files}.png`);
		download = page.waitForEvent('download');
		await pngLink.click();
		const png = readFileSync(await (await download).path());
		expect(png.subarray(0, 8).equals(PNG)).toBe(true);
		expect((await download).suggestedFilename()).toBe('within-range-drones-rise.png');

		const csvLink = figure.getByRole('link', { name: words['download-csv'] });
		expect(await pathOf(csvLink)).toBe(`${files}.csv`);
		download = page.waitForEvent('download');
		await csvLink.click();
		const [head, ...rows] = readFileSync(await (await download).path(), 'utf8')
			.trim()
			.split('\n');
		// Headings in the edition's words; counts as plain digits, for software to read.
		if (uk) expect(cyrillic(head)).toBeGreaterThanOrEqual(0.9);
		else expect(cyrillic(head)).toBe(0);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row).toMatch(/,\d+$/);
	});

	test('every chart in the story links its state’s SVG and PNG in its edition', async ({
		page
	}) => {
		await page.goto(`/${edition.path}`);
		const figures = page.locator('figure[data-chart]');
		const count = await figures.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const f = figures.nth(i);
			const chart = await f.getAttribute('data-chart');
			const state = await f.getAttribute('data-chart-state');
			const files = `/${edition.path}data/${chart}/${state}`;
			for (const [name, ext] of [
				['download-csv', 'csv'],
				['download-svg', 'svg'],
				['download-png', 'png']
			])
				expect(await pathOf(f.getByRole('link', { name: words[name] }))).toBe(`${files}.${ext}`);
		}
	});

	test('the download links fit a 320px screen, each a usable target', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`/${edition.path}embed/aid/`);
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
});
