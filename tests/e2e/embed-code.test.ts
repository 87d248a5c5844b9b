// The story's "Embed this chart" control in each edition: both snippets, absolute URLs to
// that edition's embeds, and copying.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import { test, expect } from './fixtures';
import { forEachEdition } from './steps';

forEachEdition((edition) => {
	const words = archieml.load(
		readFileSync(resolve(import.meta.dirname, `../../src/content/${edition.locale}/ui.aml`), 'utf8')
	).embed as Record<string, string>;
	const lang = edition.locale === 'en' ? '' : ` data-lang="${edition.locale}"`;

	test('each section offers both embed snippets with absolute URLs, and copies them', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/${edition.path}`);
		const controls = page.locator('details[data-embed-code]');
		expect(await controls.count()).toBeGreaterThanOrEqual(7);
		const drones = page.locator('details[data-embed-code="drones"]');
		await drones.getByText(words.open).click();
		const [pym, loader] = await drones.locator('pre').allTextContents();
		expect(pym).toContain(
			`new pym.Parent("within-range-drones", "${baseURL}/${edition.path}embed/drones/"`
		);
		// The loader takes the edition from data-lang: none for English.
		expect(loader).toMatch(/<div data-within-range="drones"[^>]*>/);
		if (lang) expect(loader).toContain(lang);
		else expect(loader).not.toContain('data-lang');
		expect(loader).toContain(`<script src="${baseURL}/embed.js" async></script>`);
		await drones.getByRole('button', { name: words['copy-loader'] }).click();
		await expect(drones.getByRole('status')).toHaveText(words['copied-loader']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(loader);
	});
});
