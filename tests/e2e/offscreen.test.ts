// A story section away from the screen is not drawn (content-visibility: auto), so a chart
// moving on screen costs the page only the sections in view. Skipping must never change the
// page's length or where anything sits, in either edition, at a phone's width and a desktop's,
// nor after a new width.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The page's height and each section's top, in px from the page's top. */
const geometry = (page: Page) =>
	page.evaluate(() => [
		document.documentElement.scrollHeight,
		...[...document.querySelectorAll('section[data-chart-section]')].map(
			(s) => s.getBoundingClientRect().top + scrollY
		)
	]);

/** The geometry with every section drawn, for a moment; then they skip again. */
const drawnGeometry = async (page: Page) => {
	await page.evaluate(() => {
		for (const s of document.querySelectorAll<HTMLElement>('section[data-chart-section]'))
			s.style.contentVisibility = 'visible';
	});
	const drawn = await geometry(page);
	await page.evaluate(() => {
		for (const s of document.querySelectorAll<HTMLElement>('section[data-chart-section]'))
			s.style.contentVisibility = 'auto';
	});
	return drawn;
};

/** Two geometries the same to a tenth of a pixel. */
const same = (a: number[], b: number[]) => {
	expect(a.length).toBe(b.length);
	a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 1));
};

/**
 * Every section skips its drawing once the reader has scrolled (its code loads then) and the
 * page is idle: nudged a pixel at each look, in case the page had not hydrated at the first.
 */
const skipping = (page: Page) =>
	page.waitForFunction(() => {
		const all = [...document.querySelectorAll<HTMLElement>('section[data-chart-section]')];
		const done = all.length === 8 && all.every((s) => s.style.contentVisibility === 'auto');
		if (!done) scrollBy(0, scrollY > 0 ? -1 : 1);
		return done;
	});

for (const path of ['/', '/uk/']) {
	test(`${path}: sections away from the screen skip their drawing, and the page keeps its length`, async ({
		page
	}) => {
		await page.goto(path);
		await skipping(page);
		await page.waitForTimeout(500);
		// The same layout with every section drawn, measured at once.
		same(await geometry(page), await drawnGeometry(page));
		// The browser really skips the far ones (the last section is screens away).
		// (The last in the page: each section is its island's only child, so `:last-of-type`
		// would match every one.)
		const far = await page.evaluate(() =>
			[...document.querySelectorAll('section[data-chart-section] .graphic[role="img"]')]
				.at(-1)!
				.checkVisibility({ contentVisibilityAuto: true })
		);
		expect(far).toBe(false);
	});
}

for (const [change, resize] of [
	['width', (w: number, h: number) => ({ width: Math.round(w * 0.8), height: h })],
	['height', (w: number, h: number) => ({ width: w, height: Math.round(h * 0.8) })]
] as const) {
	test(`a new ${change} draws every section again, then skips them at their new heights`, async ({
		page
	}) => {
		await page.goto('/');
		await skipping(page);
		const size = page.viewportSize()!;
		await page.setViewportSize(resize(size.width, size.height));
		// Once idle again, each section has been measured for the new viewport.
		await page.waitForTimeout(500);
		await skipping(page);
		same(await geometry(page), await drawnGeometry(page));
	});
}
