// The Ukrainian edition at /uk/: the same story in Ukrainian, declared as such, linked both
// ways to the English one, its charts hydrating with their Ukrainian words.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { scrollToStep, steps } from './steps';
import { siteUrl } from '../../src/lib/site';

/**
 * Weapon names Ukrainian media write in Latin letters, as the issue has them: left out of the
 * count here as in the embed suite's (embed.test.ts).
 */
const LATIN_NAMES = 'ATACMS|HIMARS|Storm Shadow|SCALP';

/** The share of a text's letters that are Cyrillic, the weapons' Latin names aside. */
async function cyrillicShare(page: Page, selector: string): Promise<number> {
	return page.locator(selector).evaluate((el, latin) => {
		const text = (el as HTMLElement).innerText.replace(new RegExp(latin, 'g'), '');
		const letters = text.match(/\p{L}/gu) ?? [];
		const cyrillic = text.match(/\p{Script=Cyrillic}/gu) ?? [];
		return cyrillic.length / Math.max(1, letters.length);
	}, LATIN_NAMES);
}

test('/uk/ declares its language, names its other edition and links both ways', async ({
	page
}) => {
	await page.goto('/uk/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page).toHaveTitle(
		'Куди в Росії тепер дістають американські ракети України · У зоні досяжності'
	);
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'uk_UA');
	// hreflang wants absolute URLs: with SITE_URL both ways and x-default, else none at all
	// (relative ones are errors to search engines); the visible switch stays either way.
	const alternates = page.locator('link[rel="alternate"][hreflang]');
	const site = siteUrl(process.env.SITE_URL);
	if (!site) await expect(alternates).toHaveCount(0);
	else
		for (const [lang, href] of [
			['en', site],
			['uk', `${site}uk/`],
			['x-default', site]
		] as const)
			await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
				'href',
				href
			);
	// The switch sits at the top of each edition, named in the other edition's language.
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
	await page.getByRole('link', { name: 'Українською' }).click();
	await expect(page).toHaveURL(/\/uk\/$/);
});

test('the Ukrainian story reads in Ukrainian: figures in its conventions', async ({ page }) => {
	await page.goto('/uk/');
	await expect(page.locator('.dek [data-figure="decision-date"]')).toHaveText(
		'17 листопада 2024 року'
	);
	await expect(page.locator('#drones-october [data-figure="drones-oct-2024-reported"]')).toHaveText(
		'понад 2\u202f000'
	);
	// A chart drawn in the browser too: the casualties axis groups thousands the same way.
	await scrollToStep(page, 'cost-monthly');
	const figure = page.locator('[data-chart-island="casualties"] figure');
	await expect(figure).toHaveAttribute('data-chart-state', 'monthly');
	await expect(figure.locator('.label', { hasText: /^1\u202f500$/ })).toHaveCount(1);
	await expect(figure).not.toContainText('1,500');
});

test('every section of /uk/, at every step, is at least 90 % Cyrillic, its chart included', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/uk/');
	expect(await cyrillicShare(page, 'header.intro')).toBeGreaterThan(0.9);
	// Each step in turn: its section's copy, its chart's title, labels, note and summary in
	// the state the step asks for (a state's labels are only on the page while it shows).
	const shares = new Map<string, number>();
	for (const step of await steps(page)) {
		await scrollToStep(page, step.id);
		const figure = page.locator(`section#${step.section} .sticky figure[data-chart]`);
		await expect(figure).toHaveAttribute('data-chart-state', step.state);
		await page.waitForTimeout(300); // labels fading in with the state
		const share = await cyrillicShare(page, `section#${step.section}`);
		if (process.env.SHOW_STEPS) console.log(step.id, share);
		shares.set(step.section, Math.min(share, shares.get(step.section) ?? 1));
	}
	const sections = await page.$$eval('main section[id]', (all) => all.map((s) => s.id));
	// The sources keep English-language titles as published: they are counted, not held to 90 %.
	for (const id of sections.filter((id) => !shares.has(id)))
		shares.set(id, await cyrillicShare(page, `section#${id}`));
	console.log([...shares].map(([id, s]) => `${id} ${(s * 100).toFixed(1)} %`).join(', '));
	expect([...shares.keys()]).toEqual(expect.arrayContaining(['reach', 'next', 'sources']));
	for (const [id, share] of shares) if (id !== 'sources') expect(share, id).toBeGreaterThan(0.9);
});

test('a chart in the Ukrainian story hydrates with its Ukrainian words and follows the steps', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on(
		'request',
		(r) => r.url().includes('chart.json') && fetched.push(new URL(r.url()).pathname)
	);
	await page.goto('/uk/');
	await scrollToStep(page, 'drones-october');
	const island = page.locator('[data-chart-island="drones"]');
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	expect(fetched).toContain('/uk/data/drones/chart.json');
	await expect(island.locator('figure')).toHaveAttribute('data-chart-state', 'october');
	await scrollToStep(page, 'drones-rise');
	await expect(island.locator('figure')).toHaveAttribute('data-chart-state', 'rise');
	// Right after a jump, until the next frame marks it on screen, a section skipped by
	// `content-visibility: auto` gives no innerText: read again until it is drawn.
	await expect
		.poll(() => cyrillicShare(page, '[data-chart-island="drones"] .graphic'))
		.toBeGreaterThan(0.9);
});

test('a Ukrainian embed page is in Ukrainian and links to the Ukrainian story', async ({
	page
}) => {
	await page.goto('/uk/embed/troops/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	const more = page.locator('.more a');
	await expect(more).toContainText('Читати всю історію');
	await more.click();
	await expect(page).toHaveURL(/\/uk\/$/);
});
