// The story without JavaScript, with reduced motion, in both colour schemes, and narrow.
import { test, expect, axeViolations } from './fixtures';
import { forEachEdition } from './steps';

// Every edition (steps.ts): English at /, the others under their path.
forEachEdition(({ path }) => {
	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('every step is readable in order and every section shows its chart as SVG', async ({
			page
		}) => {
			await page.goto(`/${path}`);
			const sections = page.locator('main section[data-chart-section]');
			const n = await sections.count();
			expect(n).toBeGreaterThanOrEqual(8);
			for (let i = 0; i < n; i++) {
				const s = sections.nth(i);
				// Charts laid out by width draw one layout per band: CSS shows exactly one.
				// Its marks: an SVG with shapes, or a figure set in type where no scale stands beside
				// it (aid · us).
				const graphic = s
					.locator('figure[data-chart] .graphic :is(svg, [data-mark])')
					.filter({ visible: true });
				expect(await graphic.count()).toBeGreaterThanOrEqual(1);
				const first = graphic.first();
				if (await first.evaluate((e) => e.matches('svg')))
					expect(await first.locator('path, rect, circle, line').count()).toBeGreaterThan(0);
				const layouts = s.locator('.layout[data-band]').filter({ visible: true });
				if (await s.locator('.layout[data-band]').count()) await expect(layouts).toHaveCount(1);
				// The chart shows the state of the section's first step.
				const state = await s.locator('[data-step]').first().getAttribute('data-state');
				await expect(s.locator('figure[data-chart]')).toHaveAttribute('data-chart-state', state!);
				for (const card of await s.locator('[data-step] .card').all()) {
					await expect(card).toBeVisible();
					expect((await card.textContent())!.trim().length).toBeGreaterThan(40);
				}
			}
		});
	});

	test('reduced motion: no transition or animation longer than 0.01 s', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/${path}`);
		const longest = await page.evaluate(() => {
			const seconds = (v: string) =>
				Math.max(
					...v
						.split(',')
						.map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)))
				);
			let worst = { s: 0, el: '' };
			for (const el of document.querySelectorAll('*')) {
				const cs = getComputedStyle(el);
				const s = Math.max(seconds(cs.transitionDuration), seconds(cs.animationDuration));
				if (s > worst.s) worst = { s, el: el.tagName + '.' + el.className };
			}
			return worst;
		});
		expect(longest.s, longest.el).toBeLessThanOrEqual(0.01);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`the story has zero axe violations in the ${scheme} scheme`, async ({ page }) => {
			test.slow(); // axe reads the whole story: slow on two shared cores
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(`/${path}`);
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('no horizontal overflow at 320 px', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`/${path}`);
		const overflow = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth
		}));
		expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
	});

	test('print shows every step and each chart once', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto(`/${path}`);
		const sticky = await page.$$eval('.sticky', (els) =>
			els.map((e) => getComputedStyle(e).position)
		);
		expect(new Set(sticky)).toEqual(new Set(['static']));
		for (const card of await page.locator('[data-step] .card').all())
			await expect(card).toBeVisible();
	});
});
