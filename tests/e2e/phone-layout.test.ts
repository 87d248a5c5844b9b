// Reading on a phone: while a card is wholly on screen it never hides its chart's plot.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { forEachEdition, scrollToStep, walkSteps } from './steps';

const PHONES = [
	{ width: 375, height: 667 },
	{ width: 390, height: 844 },
	{ width: 320, height: 568 }
];

interface Worst {
	step: string;
	y: number;
	share: number;
}

/**
 * Scrolls the page top to bottom in 40 px steps. At each position, for every card wholly on
 * screen, the largest share of any of its section figure's SVGs that the card covers: the
 * boxes' intersection, sampled on a 10×10 grid, where the card is what the reader sees there
 * (a card passing under an opaque chart hides nothing).
 */
function walk(page: Page): Promise<{ worst: Worst; over: Worst[]; positions: number }> {
	return page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const area = (r: DOMRect) => Math.max(0, r.width) * Math.max(0, r.height);
		const covered = (card: Element, a: DOMRect, b: DOMRect) => {
			const [l, r] = [Math.max(a.left, b.left), Math.min(a.right, b.right)];
			const [t, btm] = [Math.max(a.top, b.top), Math.min(a.bottom, b.bottom)];
			if (r <= l || btm <= t) return 0;
			let hits = 0;
			for (let i = 0; i < 10; i++)
				for (let j = 0; j < 10; j++) {
					const hit = document.elementFromPoint(
						l + ((i + 0.5) * (r - l)) / 10,
						t + ((j + 0.5) * (btm - t)) / 10
					);
					if (hit && card.contains(hit)) hits++;
				}
			return ((r - l) * (btm - t) * hits) / 100;
		};
		const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		const end = document.documentElement.scrollHeight - innerHeight;
		let worst = { step: '', y: 0, share: 0 };
		const over: (typeof worst)[] = [];
		let positions = 0;
		for (let y = 0; y <= end; y += 40) {
			scrollTo(0, y);
			await frame();
			positions++;
			for (const step of steps) {
				const el = step.querySelector('.card')!;
				const card = el.getBoundingClientRect();
				if (card.top < 0 || card.bottom > innerHeight) continue;
				const svgs = [
					...step.closest('section')!.querySelectorAll('figure[data-chart] .graphic svg')
				]
					.map((s) => s.getBoundingClientRect())
					.filter((r) => area(r) > 0);
				for (const r of svgs) {
					const share = covered(el, card, r) / area(r);
					const at = { step: step.id, y, share: Math.round(share * 1000) / 10 };
					if (share > worst.share / 100) worst = at;
					if (share > 0.05) over.push(at);
				}
			}
		}
		return { worst, over, positions };
	});
}

// Every edition (steps.ts): English at /, the others under their path.
forEachEdition(({ path }) => {
	for (const phone of PHONES) {
		test.describe(`${phone.width}×${phone.height}, touch`, () => {
			test.use({ viewport: phone, hasTouch: true, isMobile: true });
			test('no card covers more than 5 % of its chart while wholly on screen', async ({
				page
			}, info) => {
				test.skip(info.project.name !== 'mobile', 'a phone layout');
				test.setTimeout(240_000);
				await page.goto(`/${path}`);
				const { worst, over, positions } = await walk(page);
				console.log(
					`/${path} ${phone.width}×${phone.height}: ${positions} positions, worst ${worst.share} % (${worst.step} at ${worst.y} px), ${over.length} over 5 %`
				);
				expect(positions).toBeGreaterThan(100);
				expect([...new Set(over.map((o) => o.step))], JSON.stringify(over.slice(0, 5))).toEqual([]);
			});
		});
	}
});

/**
 * At a step, the sticky stage's plot zoom and its smallest visible text as rendered: each
 * text's computed font-size times every CSS zoom above it (fit.ts zooms the plot), and for text
 * in an SVG, times the SVG's own scale (its drawn width over its viewBox's).
 */
function smallestText(page: Page, section: string) {
	return page.locator(`section#${section} .stage`).evaluate((stage) => {
		const zoomOf = (el: Element | null) => {
			let z = 1;
			for (let e = el; e; e = e.parentElement) z *= Number(getComputedStyle(e).zoom) || 1;
			return z;
		};
		const graphic = stage.querySelector('.graphic');
		const plotZoom = Number(graphic ? getComputedStyle(graphic).zoom : 1) || 1;
		const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
		let smallest = { px: Infinity, text: '' };
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || !n.textContent?.trim()) continue;
			if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			const range = document.createRange();
			range.selectNodeContents(n);
			const r = range.getBoundingClientRect();
			if (r.width * r.height === 0) continue;
			let px = parseFloat(getComputedStyle(el).fontSize) * zoomOf(el);
			const svg = el.closest('svg');
			if (svg?.viewBox.baseVal?.width)
				px *= svg.getBoundingClientRect().width / zoomOf(svg) / svg.viewBox.baseVal.width;
			if (px < smallest.px) smallest = { px: Math.round(px * 10) / 10, text: n.textContent.trim() };
		}
		return { zoom: plotZoom, ...smallest };
	});
}

forEachEdition(({ path }) => {
	for (const phone of PHONES) {
		test.describe(`${phone.width}×${phone.height}, touch, text`, () => {
			test.use({ viewport: phone, hasTouch: true, isMobile: true });
			test('at every step the plot fits with no text rendered under 11 px', async ({
				page
			}, info) => {
				test.skip(info.project.name !== 'mobile', 'a phone layout');
				test.setTimeout(240_000);
				await page.goto(`/${path}`);
				const misfits: string[] = [];
				// 900 ms: the state's transition, its labels' arrival, the fit.
				await walkSteps(page, 900, async (step) => {
					let s = await smallestText(page, step.section);
					// On a loaded machine the fit takes a few re-layouts to settle (1–3 s at 320 px):
					// what counts is the text once it has.
					for (let wait = 0; s.px < 11 && wait < 8; wait++) {
						await page.waitForTimeout(500);
						s = await smallestText(page, step.section);
					}
					console.log(
						`/${path} ${phone.width}×${phone.height} ${step.id}: zoom ${s.zoom}, ${s.px} px`
					);
					if (s.px < 11)
						misfits.push(`${step.id}: zoom ${s.zoom}, ${s.px} px ("${s.text.slice(0, 30)}")`);
				});
				expect(misfits).toEqual([]);
			});
		});
	}

	// The aid chart's phone layout sets each donor's name in a column left of its bar: a name
	// wider than the column runs into the bar ("Велика Британія" did, at 320 px).
	test.describe('320×568, touch, names', () => {
		test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });
		test("every donor's name stays inside its column, clear of its bar", async ({ page }, info) => {
			test.skip(info.project.name !== 'mobile', 'a phone layout');
			await page.goto(`/${path}`);
			const section = page.locator('section[data-chart-section="aid"]');
			const ids = await section.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
			expect(ids.length).toBeGreaterThan(0);
			const spills: string[] = [];
			let names = 0;
			for (const id of ids) {
				await scrollToStep(page, id);
				await expect(section.locator('.sticky')).toHaveAttribute('data-active-step', id);
				await page.waitForTimeout(900);
				const found = await section.locator('.label.name').evaluateAll((names) =>
					names.flatMap((n) => {
						const text = document.createRange();
						text.selectNodeContents(n);
						const over = text.getBoundingClientRect().right - n.getBoundingClientRect().right;
						return over > 1 ? [`${n.textContent}: ${over.toFixed(1)} px`] : [];
					})
				);
				names += await section.locator('.label.name').count();
				spills.push(...found.map((f) => `${id}: ${f}`));
			}
			expect(names).toBeGreaterThan(0);
			expect(spills).toEqual([]);
		});
	});
});
