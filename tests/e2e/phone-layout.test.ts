// Reading on a phone: while a card is wholly on screen it never hides its chart's plot.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { forEachEdition } from './steps';

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
