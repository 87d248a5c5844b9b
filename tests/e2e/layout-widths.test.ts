// The server-drawn charts at every width without JavaScript, printed, and their tables on a phone.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { forEachEdition, scrollToStep } from './steps';

/** Every visible chart SVG that sticks out of its figure, by more than a pixel. */
function spills(page: Page) {
	return page.$$eval('figure[data-chart]', (figures) =>
		figures.flatMap((f) => {
			const box = f.getBoundingClientRect();
			return [...f.querySelectorAll('.graphic svg')]
				.map((s) => s.getBoundingClientRect())
				.filter((r) => r.width * r.height > 0)
				.filter(
					(r) =>
						r.left < box.left - 1 ||
						r.right > box.right + 1 ||
						r.top < box.top - 1 ||
						r.bottom > box.bottom + 1
				)
				.map(
					(r) =>
						`${(f as HTMLElement).dataset.chart}: ${Math.round(r.width)}×${Math.round(r.height)}`
				);
		})
	);
}

// Every edition (steps.ts): English at /, the others under their path.
forEachEdition(({ path, words }) => {
	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		for (const width of [320, 375, 768, 1280]) {
			test(`at ${width} px the page is no wider than the screen and no chart spills`, async ({
				page
			}, info) => {
				test.skip(info.project.name !== 'desktop', 'sets its own viewport');
				await page.setViewportSize({ width, height: 800 });
				await page.goto(`/${path}`);
				const { scroll, client } = await page.evaluate(() => ({
					scroll: document.documentElement.scrollWidth,
					client: document.documentElement.clientWidth
				}));
				expect(scroll).toBeLessThanOrEqual(client);
				expect(await page.locator('figure[data-chart] .graphic svg').count()).toBeGreaterThan(7);
				expect(await spills(page)).toEqual([]);
			});
		}
	});

	for (const paper of [
		{ name: 'A4', width: 794, height: 1123 },
		{ name: 'Letter', width: 816, height: 1056 }
	]) {
		test(`printed on ${paper.name}: each chart once, inside its figure, over no text`, async ({
			page
		}, info) => {
			test.skip(info.project.name !== 'desktop', 'one paper size, one run');
			await page.setViewportSize({ width: paper.width, height: paper.height });
			await page.goto(`/${path}`);
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ format: paper.name as 'A4' | 'Letter' });
			expect(pdf.byteLength).toBeGreaterThan(10_000);
			const sections = await page.$$eval('main section[data-chart-section]', (s) =>
				s.map((el) => el.querySelectorAll('figure[data-chart]').length)
			);
			expect(sections.every((n) => n === 1)).toBe(true);
			expect(await spills(page)).toEqual([]);
			// Text outside the figures (cards, headings, paragraphs) that a chart's SVG overlaps.
			const overlaps = await page.evaluate(() => {
				const texts = [...document.querySelectorAll('main p, main h2, main li')]
					.filter((t) => !t.closest('figure'))
					.map((t) => t.getBoundingClientRect())
					.filter((r) => r.width * r.height > 0);
				return [...document.querySelectorAll('figure[data-chart] .graphic svg')].flatMap((s) => {
					const r = s.getBoundingClientRect();
					if (r.width * r.height === 0) return [];
					const hit = texts.filter(
						(t) =>
							Math.min(r.right, t.right) - Math.max(r.left, t.left) > 1 &&
							Math.min(r.bottom, t.bottom) - Math.max(r.top, t.top) > 1
					);
					return hit.length ? [s.closest('figure')!.getAttribute('data-chart')] : [];
				});
			});
			expect(overlaps).toEqual([]);
		});
	}

	test('on a phone, "Show the data" opens below the steps: no card covers any row', async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'mobile', 'a phone');
		await page.goto(`/${path}`);
		// Drones' short table, and aid's, whose tall rows on a phone once reached up under
		// the last cards.
		for (const chart of ['drones', 'aid']) {
			// At the section's last step, whose table has a row per bar.
			const last = await page.locator(`section#${chart} [data-step]`).last().getAttribute('id');
			await scrollToStep(page, last!);
			await expect(page.locator(`section#${chart} .sticky`)).toHaveAttribute(
				'data-active-step',
				last!
			);
			const figure = page.locator(`section#${chart} figure[data-chart]`);
			await figure.getByText(words.showData).click();
			const rows = figure.locator('table tbody tr');
			// The table shows what the chart shows: the server's drawing (the section's first
			// state, aid's one row) until the chart has hydrated into the step's state.
			await expect.poll(() => rows.count(), { message: chart }).toBeGreaterThan(3);
			const count = await rows.count();
			for (let i = 0; i < count; i++) {
				// A step crossing the line as the page scrolls redraws the table for its state
				// (new rows): find the row again until the page rests.
				await expect(async () => {
					await rows.nth(i).evaluate((row) => {
						const r = row.getBoundingClientRect();
						scrollBy(0, r.top + r.height / 2 - innerHeight / 2);
					});
					await expect(rows.nth(i)).toBeInViewport({ timeout: 1000 });
					// Nothing (no sticky chart, no card) lies over it.
					const onTop = await rows.nth(i).evaluate((row) => {
						const r = row.getBoundingClientRect();
						const hit = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
						return !!hit && row.contains(hit);
					});
					expect(onTop, `${chart}: row ${i + 1} of ${count}`).toBe(true);
					// And the row's box lies within the screen's width: a wide table scrolls
					// inside the caption, the caption never wider than the screen.
					const box = await rows.nth(i).evaluate((row) => {
						const scroller = row.closest('table')!.parentElement!.getBoundingClientRect();
						return { left: scroller.left, right: scroller.right, width: innerWidth };
					});
					expect(box.left, `${chart}: row ${i + 1}`).toBeGreaterThanOrEqual(0);
					expect(box.right, `${chart}: row ${i + 1}`).toBeLessThanOrEqual(box.width);
				}).toPass({ timeout: 5000 });
			}
		}
	});
});
