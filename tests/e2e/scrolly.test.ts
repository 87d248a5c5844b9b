// The scroll engine in a real browser: every step drives its chart, however the reader arrives.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { forEachEdition, scrollToStep, settleOnStep, steps } from './steps';

/** The chart state and active step a section shows. */
function section(page: Page, id: string) {
	return {
		figure: page.locator(`section#${id} .sticky figure[data-chart]`),
		sticky: page.locator(`section#${id} .sticky`)
	};
}

async function expectStep(page: Page, step: { id: string; state: string; section: string }) {
	const s = section(page, step.section);
	await expect(s.sticky).toHaveAttribute('data-active-step', step.id);
	await expect(s.figure)
		.toHaveAttribute('data-chart-state', step.state)
		.catch(async (error) => {
			// Which half failed: the section's step (never passed on) or the chart (never hydrated).
			const island = page.locator(`section#${step.section} [data-chart-island]`).first();
			const hydrated = await island
				.getAttribute('data-hydrated', { timeout: 1000 })
				.catch(() => '?');
			throw new Error(`${step.id}: chart hydrated=${hydrated}\n${error.message}`);
		});
	await expect(page.locator(`#${step.id}`)).toHaveClass(/active/);
}

// Every edition walks the same steps (steps.ts): English at /, the others under their path.
forEachEdition(({ path, words }) => {
	test('scrolling step by step sets each chart state in order, and back again', async ({
		page
	}) => {
		test.setTimeout(120_000); // 23 steps down and back, three checks each
		await page.goto(`/${path}`);
		const all = await steps(page);
		expect(all.length).toBeGreaterThan(10);
		for (const step of all) {
			await scrollToStep(page, step.id);
			await expectStep(page, step);
		}
		for (const step of [...all].reverse()) {
			await scrollToStep(page, step.id);
			await expectStep(page, step);
		}
	});

	test('a jump across the story redraws only the charts it lands near', async ({ page }) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const last = all[all.length - 1];
		const ends = all.filter((s) => s.section === last.section);
		expect(ends[0].state).not.toBe(last.state);
		await scrollToStep(page, last.id);
		await expectStep(page, last);
		// To the top at once (the contents, Home): the last section, screens away, keeps its
		// drawing; the first shows its step.
		await scrollToStep(page, all[0].id);
		await expectStep(page, all[0]);
		await page.waitForTimeout(600);
		await expect(section(page, last.section).figure).toHaveAttribute(
			'data-chart-state',
			last.state
		);
		// Back near it, it draws the step now active.
		await scrollToStep(page, ends[0].id);
		await expectStep(page, ends[0]);
	});

	test('a chart kept while away redraws as the reader nears it, not a frame later', async ({
		page
	}) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const last = all[all.length - 1];
		const first = all.find((s) => s.section === last.section)!;
		expect(first.state).not.toBe(last.state);
		await settleOnStep(page, last.section, last.id);
		// To the top: the last section keeps its last step's drawing while away.
		await scrollToStep(page, all[0].id);
		await expectStep(page, all[0]);
		await page.waitForTimeout(600);
		// Frames counted as they start; the moment the section comes within a screen (as the
		// page's own observer sees it: the same margin), and the frame its chart changed in.
		const seen = await page.evaluate(
			([id, state]) =>
				new Promise<{ near: number; drawn: number }>((resolve, reject) => {
					const section = document.getElementById(id)!;
					const figure = section.querySelector('.sticky figure[data-chart]')!;
					let frames = 0;
					const count = () => {
						frames++;
						requestAnimationFrame(count);
					};
					requestAnimationFrame(count);
					// In either order: the page's observer may report (and draw) before this one.
					let near = -1;
					let drawn = -1;
					const done = () => near >= 0 && drawn >= 0 && resolve({ near, drawn });
					new IntersectionObserver(
						(entries) => {
							if (near < 0 && entries.some((e) => e.isIntersecting)) near = frames;
							done();
						},
						{ rootMargin: '100% 0px' }
					).observe(section);
					new MutationObserver(() => {
						if (drawn < 0 && figure.getAttribute('data-chart-state') === state) drawn = frames;
						done();
					}).observe(figure, { attributeFilter: ['data-chart-state'] });
					setTimeout(() => reject(new Error(`${id} never drew ${state}`)), 5000);
					// A screen and a half above the section: within the margin, no step of it active.
					requestAnimationFrame(() =>
						scrollTo(0, section.getBoundingClientRect().top + scrollY - 1.5 * innerHeight)
					);
				}),
			[last.section, first.state]
		);
		// Drawn in the observer's own task: held back a frame, the chart drew inside that
		// frame's rendering, one long task.
		expect(seen.drawn).toBe(seen.near);
		await expect(page.locator(`#${first.id}`)).not.toHaveClass(/active/);
	});

	test('a deep link to a step opens on that step', async ({ page }) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const target = all[Math.floor(all.length / 2)];
		await page.goto(`/${path}#${target.id}`);
		await expectStep(page, target);
	});

	test('a fresh load of a deep link lands on its step, the page no wider than the screen', async ({
		page
	}) => {
		// Nothing may widen the page: a phone zooms a too-wide page out, and a deep link then
		// lands below its trigger line, on the step before (a Ukrainian figure did, once).
		await page.goto(`/${path}#drones-october`);
		await expectStep(page, { id: 'drones-october', state: 'october', section: 'drones' });
		const { width } = page.viewportSize()!;
		expect(await page.evaluate(() => innerWidth)).toBe(width);
	});

	test('a deep link to a section lands on its heading', async ({ page }) => {
		await page.goto(`/${path}#drones`);
		await expect(page.locator('#drones-title')).toBeInViewport();
	});

	test('reload mid-story restores the same step', async ({ page }) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const target = all[all.length - 3];
		await scrollToStep(page, target.id);
		await expectStep(page, target);
		await page.reload();
		await expectStep(page, target);
	});

	test('back and forward between sections restore the step the reader was on', async ({ page }) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const drones = all.filter((s) => s.section === 'drones');
		const reading = drones[drones.length - 1];
		// The reader follows the contents to a section, reads on, then jumps to another.
		await page
			.getByRole('navigation', { name: words.sections })
			.getByRole('link', { name: words.section('drones') })
			.click();
		await expect(page.locator('#drones-title')).toBeInViewport();
		await scrollToStep(page, reading.id);
		await expectStep(page, reading);
		await page.evaluate(() =>
			document.querySelector<HTMLAnchorElement>('a[href="#troops"]')!.click()
		);
		await expect(page.locator('#troops-title')).toBeInViewport();
		await page.goBack();
		await expectStep(page, reading);
		await page.goForward();
		await expect(page.locator('#troops-title')).toBeInViewport();
		const troops = all.filter((s) => s.section === 'troops');
		await expect(section(page, 'troops').figure).toHaveAttribute(
			'data-chart-state',
			troops[0].state
		);
	});

	test('a fast fling to the bottom and back ends in the right states', async ({ page }) => {
		// 40 wheel events across a long page, each waited for by Playwright: slow on two cores.
		test.setTimeout(90_000);
		await page.goto(`/${path}`);
		const all = await steps(page);
		// Large wheel deltas without waiting: the engine must settle on what is on screen.
		for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 4000);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const bySection = new Map<string, typeof all>();
		for (const s of all) bySection.set(s.section, [...(bySection.get(s.section) ?? []), s]);
		// Every engine ends on its last step. At the foot of the page no chart is on screen (the
		// sources fill screens below the last section): a section that had left before its
		// engine reached the last step keeps the drawing it had, by design; back near it, its
		// chart draws the step.
		for (const list of bySection.values()) {
			const end = list[list.length - 1];
			await expect(section(page, end.section).sticky).toHaveAttribute('data-active-step', end.id);
			await expect(page.locator(`#${end.id}`)).toHaveClass(/active/);
		}
		await scrollToStep(page, all[all.length - 1].id);
		await expectStep(page, all[all.length - 1]);
		for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -4000);
		await page.evaluate(() => window.scrollTo(0, 0));
		// Then, back down section by section, each chart scrolled into view draws its first state.
		for (const list of bySection.values()) {
			await page.locator(`#${list[0].section}-title`).evaluate((h) => h.scrollIntoView());
			await expect(section(page, list[0].section).figure).toHaveAttribute(
				'data-chart-state',
				list[0].state
			);
		}
		const target = all[5];
		await scrollToStep(page, target.id);
		await expectStep(page, target);
	});

	test('a resize or rotation keeps the step on screen active', async ({ page }) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const target = all[7];
		await scrollToStep(page, target.id);
		await expectStep(page, target);
		const { width, height } = page.viewportSize()!;
		// The page learns of a resize at its next frames: only then is the new trigger line
		// (which scrollToStep reads) in place.
		const frames = () =>
			page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
		await page.setViewportSize({ width: height, height: width });
		await frames();
		await scrollToStep(page, target.id);
		await expectStep(page, target);
		await page.setViewportSize({ width, height });
		await frames();
		await scrollToStep(page, target.id);
		await expectStep(page, target);
	});

	test('the reading progress follows the steps', async ({ page }) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const bar = page.getByRole('progressbar', { name: words.progress });
		await expect(bar).toHaveAttribute('aria-valuemax', String(all.length));
		await expect(bar).toHaveAttribute('aria-valuenow', '0');
		await scrollToStep(page, all[3].id);
		await expect(bar).toHaveAttribute('aria-valuenow', '4');
	});

	test('the sticky graphic announces state changes politely and holds no focus', async ({
		page
	}) => {
		await page.goto(`/${path}`);
		const all = await steps(page);
		const live = page.locator(`section#${all[0].section} .sticky [aria-live="polite"]`);
		await expect(live).toHaveCount(1);
		const before = await live.textContent();
		await scrollToStep(page, all[1].id);
		await expectStep(page, all[1]);
		await expect(live).not.toHaveText(before!);
		// Tabbing moves through the story: nothing inside a graphic keeps the focus.
		for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.tagName);
		expect(focused).not.toBe('BODY');
	});
});
