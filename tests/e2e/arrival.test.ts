// However the reader arrives, and wherever they go next, every chart stays alive: scrolled
// into view, it draws its marks in the state of its active step. Each path below ends with
// a sweep down the whole story and back up again, so a chart that went blank after the
// reader left it (and never came back) fails the sweep.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { forEachEdition, scrollToStep, steps, type Step } from './steps';

/** An edition's sections and steps, as the build drew them (one test per section below). */
function built(path: string) {
	const html = readFileSync(resolve(import.meta.dirname, `../../build/${path}index.html`), 'utf8');
	return {
		sections: [...html.matchAll(/<section id="([^"]+)"[^>]*data-chart-section=/g)].map((m) => m[1]),
		stepsOf: (section: string) => {
			const from = html.indexOf(`<section id="${section}"`);
			const part = html.slice(from, html.indexOf('</section>', from));
			return [...part.matchAll(/id="([^"]+)" data-step="[^"]+" data-state="([^"]+)"/g)].map(
				([, id, state]) => ({ id, state, section })
			);
		}
	};
}

/** The paths every edition takes: all of them (null: every section, every path). */
const ALL = {
	reloads: [0.25, 0.5, 0.75],
	sectionLinks: null as string[] | null,
	stepLinks: null as string[] | null,
	others: null as string[] | null
};
const takes = (list: string[] | null, name: string) => list === null || list.includes(name);

/**
 * What a section shows the reader: whether the step is active, the chart's state, how many
 * shapes it draws that can be seen (non-empty, not hidden), and how much of it is on screen.
 */
function look(step: Step) {
	const figure = document.querySelector(`section#${step.section} figure[data-chart]`);
	const active = document.getElementById(step.id)?.classList.contains('active') ?? false;
	if (!figure) return { active, state: null, marks: 0, onScreen: 0 };
	let marks = 0;
	// SVG shapes, and marks drawn in HTML (aid's `us` state is one large figure, [data-mark]).
	for (const s of figure.querySelectorAll(
		'svg :is(rect, circle, path, line, polygon), [data-mark]'
	)) {
		const r = s.getBoundingClientRect();
		if ((r.width > 0 || r.height > 0) && s.checkVisibility({ opacityProperty: true })) marks++;
	}
	const r = figure.getBoundingClientRect();
	const seen = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
	return {
		active,
		state: figure.getAttribute('data-chart-state'),
		marks,
		onScreen: Math.min(1, seen / Math.min(r.height || 1, innerHeight))
	};
}

/** The section's chart is on screen, drawn, and in the state of the step it is on. */
async function expectAlive(page: Page, step: Step, path: string) {
	const ok = (l: ReturnType<typeof look>, state: string) =>
		l.active && l.state === state && l.marks > 0 && l.onScreen >= 0.3;
	const alive = await page
		.waitForFunction(
			({ step, look, ok }) => {
				const l = new Function(`return (${look})`)()(step);
				return new Function(`return (${ok})`)()(l, step.state) ? l : false;
			},
			{ step, look: look.toString(), ok: ok.toString() },
			{ timeout: 5000, polling: 50 }
		)
		.then(() => true)
		.catch(() => false);
	if (!alive) {
		const seen = await page.evaluate(look, step);
		expect(seen, `${path}: ${step.id} (${step.section} in "${step.state}")`).toEqual({
			active: true,
			state: step.state,
			marks: expect.any(Number),
			onScreen: expect.any(Number)
		});
		expect(seen.marks, `${path}: ${step.section} draws its marks`).toBeGreaterThan(0);
		expect(seen.onScreen, `${path}: ${step.section} on screen`).toBeGreaterThanOrEqual(0.3);
	}
}

/** Down the story to each section's last step, then back up to each section's first. */
async function sweep(page: Page, path: string) {
	const all = await steps(page);
	const sections = [...new Set(all.map((s) => s.section))];
	const last = sections.map((id) => all.filter((s) => s.section === id).at(-1)!);
	const first = sections.map((id) => all.find((s) => s.section === id)!).reverse();
	for (const step of [...last, ...first]) {
		await scrollToStep(page, step.id);
		await expectAlive(page, step, path);
	}
}

/** Lets the page see what just happened (scroll, resize) before the next move. */
const settle = (page: Page) =>
	page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 150))));

forEachEdition(({ path }) => {
	const { sections, stepsOf } = built(path);
	const paths = ALL;
	test.describe('every chart stays alive, whatever the arrival path', () => {
		test.describe.configure({ mode: 'parallel' });
		// Each path sweeps the whole story: 16 positions, more for the deep links.
		test.slow();

		test('first load', async ({ page }) => {
			await page.goto(`/${path}`);
			await sweep(page, 'first load');
		});

		for (const at of paths.reloads)
			test(`reload at ${at * 100} % of the page`, async ({ page }) => {
				await page.goto(`/${path}`);
				await page.evaluate((at) => scrollTo(0, at * document.body.scrollHeight), at);
				await settle(page);
				await page.reload();
				await settle(page);
				await sweep(page, `reload at ${at}`);
			});

		for (const id of sections) {
			if (takes(paths.sectionLinks, id))
				test(`a deep link to #${id}, then the whole story`, async ({ page }) => {
					await page.goto(`/${path}#${id}`);
					await settle(page);
					await sweep(page, `deep link #${id}`);
				});

			if (takes(paths.stepLinks, id))
				test(`a deep link to each step of #${id}, and back to it after leaving`, async ({
					page
				}) => {
					for (const step of stepsOf(id)) {
						await page.goto('about:blank');
						await page.goto(`/${path}#${step.id}`);
						await expectAlive(page, step, `deep link #${step.id}`);
						await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
						await settle(page);
						await page.evaluate(() => scrollTo(0, 0));
						await settle(page);
						await scrollToStep(page, step.id);
						await expectAlive(page, step, `back to #${step.id}`);
					}
				});
		}

		if (takes(paths.others, 'same URL again'))
			test('navigating to the same URL again (restored scroll)', async ({ page }) => {
				await page.goto(`/${path}#drones`);
				await page.evaluate(() => scrollBy(0, innerHeight * 2));
				await settle(page);
				await page.goto(page.url());
				await settle(page);
				await sweep(page, 'same URL again');
			});

		if (takes(paths.others, 'back and forward'))
			test('back and forward', async ({ page }) => {
				await page.goto(`/${path}`);
				await page.locator('nav a[href="#aid"]').click();
				await page
					.locator('nav a[href="#reach"]')
					.evaluate((a) => (a as HTMLAnchorElement).click());
				await settle(page);
				await page.goBack();
				await settle(page);
				await page.goForward();
				await settle(page);
				await sweep(page, 'back/forward');
			});

		if (takes(paths.others, 'fling'))
			test('a fling to the bottom and back', async ({ page }) => {
				await page.goto(`/${path}`);
				await page.mouse.wheel(0, 200);
				await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
				await settle(page);
				await page.evaluate(() => scrollTo(0, 0));
				await settle(page);
				await sweep(page, 'fling');
			});

		if (takes(paths.others, 'rotation'))
			test('rotation', async ({ page }) => {
				await page.goto(`/${path}#drones-october`);
				const { width, height } = page.viewportSize()!;
				await page.setViewportSize({ width: height, height: width });
				await settle(page);
				await page.setViewportSize({ width, height });
				await settle(page);
				await sweep(page, 'rotation');
			});

		if (takes(paths.others, 'hidden and shown'))
			test('the tab hidden and shown again', async ({ page, context }) => {
				await page.goto(`/${path}#assault`);
				await page.reload();
				const cdp = await context.newCDPSession(page);
				const other = await context.newPage();
				await other.bringToFront();
				await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
				await page.waitForTimeout(200);
				await cdp.send('Page.setWebLifecycleState', { state: 'active' });
				await page.bringToFront();
				await other.close();
				await settle(page);
				await sweep(page, 'hidden and shown');
			});
	});
});
