// The story's "Embed this chart" control: both snippets, absolute URLs, and copying.
import { test, expect } from './fixtures';

test('each section offers both embed snippets with absolute URLs, and copies them', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	const controls = page.locator('details[data-embed-code]');
	expect(await controls.count()).toBeGreaterThanOrEqual(7);
	const drones = page.locator('details[data-embed-code="drones"]');
	await drones.getByText('Embed this chart').click();
	const [pym, loader] = await drones.locator('pre').allTextContents();
	expect(pym).toContain(`new pym.Parent("within-range-drones", "${baseURL}/embed/drones/"`);
	expect(loader).toContain(`<script src="${baseURL}/embed.js" async></script>`);
	await drones.getByRole('button', { name: 'Copy the loader code' }).click();
	await expect(drones.getByRole('status')).toHaveText('The loader snippet is copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(loader);
});
