// Short and sideways windows, and rotation: the plot fits the screen, the reader keeps their place.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectActive, forEachEdition, scrollToStep, steps, walkSteps } from './steps';

// Every edition (steps.ts): English at /, the others under their path.
forEachEdition(({ path }) => {
	for (const viewport of [
		{ width: 667, height: 375 },
		{ width: 1280, height: 600 }
	]) {
		test.describe(`${viewport.width}×${viewport.height}`, () => {
			test.use({ viewport });
			test("at every step the chart's plot fits the screen", async ({ page }, info) => {
				test.skip(info.project.name !== 'desktop', 'sets its own viewport');
				test.setTimeout(240_000);
				await page.goto(`/${path}`);
				const misfits: string[] = [];
				// 600 ms: the state's transition, the plot's fit.
				await walkSteps(page, 600, async (step) => {
					const box = await page
						.locator(`section#${step.section} figure[data-chart] .stage .graphic`)
						.evaluate((g) => {
							const rs = [g, ...g.querySelectorAll('svg')]
								.map((e) => e.getBoundingClientRect())
								.filter((r) => r.width * r.height > 0);
							return {
								top: Math.min(...rs.map((r) => r.top)),
								bottom: Math.max(...rs.map((r) => r.bottom)),
								height: innerHeight
							};
						});
					if (box.top < -1 || box.bottom > box.height + 1)
						misfits.push(`${step.id}: ${Math.round(box.top)}–${Math.round(box.bottom)} px`);
				});
				expect(misfits).toEqual([]);
			});
		});
	}

	test('rotating 375×667 → 667×375 → 375×667 at five steps keeps each step active', async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'mobile', 'a phone');
		test.setTimeout(240_000);
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto(`/${path}`);
		const all = await steps(page);
		const picks = [2, 6, 10, 14, all.length - 3].map((i) => all[i]);
		const settle = () => page.waitForTimeout(400);
		for (const step of picks) {
			const sticky = page.locator(`section#${step.section} .sticky`);
			await scrollToStep(page, step.id);
			// Active before the turn, so the engine knows the step to hold.
			await expectActive(page, step);
			for (const size of [
				{ width: 667, height: 375 },
				{ width: 375, height: 667 }
			]) {
				await page.setViewportSize(size);
				await settle();
				await expect(sticky, `${step.id} at ${size.width}×${size.height}`).toHaveAttribute(
					'data-active-step',
					step.id
				);
				await expect(page.locator(`#${step.id}`)).toHaveClass(/active/);
			}
		}
	});

	// Safari has no scroll anchoring: there a late re-flow above the reader (a chart re-fitting
	// after the turn) moves the page under them unless the step is held on its line.
	test('a re-flow just after rotating, without scroll anchoring, keeps the step active', async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'mobile', 'a phone');
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto(`/${path}`);
		await page.addStyleTag({ content: '* { overflow-anchor: none !important; }' });
		// A step after another of its section, so that losing it shows as the one before.
		const all = await steps(page);
		const step = all.find((s, i) => i > 8 && all[i - 1].section === s.section)!;
		const sticky = page.locator(`section#${step.section} .sticky`);
		await scrollToStep(page, step.id);
		await expect(sticky).toHaveAttribute('data-active-step', step.id);
		await page.setViewportSize({ width: 667, height: 375 });
		// Two frames after the turn, whatever the machine's load: the page has handled the
		// resize (the old engine's one correction included) and is still re-flowing.
		await page.evaluate(async (id) => {
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const late = document.createElement('div');
			late.style.height = '400px';
			document.getElementById(id)!.closest('section')!.before(late);
		}, step.id);
		await page.waitForTimeout(500);
		await expect(sticky).toHaveAttribute('data-active-step', step.id, { timeout: 100 });
	});
});
