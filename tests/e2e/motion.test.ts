// A change of state animates (about half a second), and under reduced motion switches at once.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Scrolls from the assault's first step to its second and records, frame by frame inside the
 * page (so a slow test machine cannot miss frames), the position of one mark.
 */
async function track(page: Page) {
	const figure = page.locator('section#assault figure[data-chart]');
	const scrollTo = (id: string) =>
		page.evaluate((id) => {
			const el = document.getElementById(id)!;
			const line = Number(el.closest<HTMLElement>('[data-trigger-line]')!.dataset.triggerLine);
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
		}, id);
	await scrollTo('assault-all');
	await expect(figure).toHaveAttribute('data-chart-state', 'all');
	// The chart's code arrives as the reader nears it; then it settles at its measured width.
	await expect(page.locator('section#assault [data-chart-island]')).toHaveAttribute(
		'data-hydrated',
		'true'
	);
	await page.waitForTimeout(800);
	return page.evaluate(
		(id) =>
			new Promise<{ before: string; seen: string[] }>((done) => {
				const mark = () =>
					document.querySelector('section#assault .graphic svg .marks path:last-of-type')!;
				// Marks that look alike share a path: its outline is their positions.
				const at = (r: Element) => `${r.getAttribute('class')} ${r.getAttribute('d')}`;
				const before = at(mark());
				const seen: string[] = [];
				const t0 = performance.now();
				const frame = () => {
					const r = mark();
					seen.push(at(r));
					if (performance.now() - t0 < 1200) requestAnimationFrame(frame);
					else done({ before, seen });
				};
				requestAnimationFrame(frame);
				const el = document.getElementById(id)!;
				const line = Number(el.closest<HTMLElement>('[data-trigger-line]')!.dataset.triggerLine);
				window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
			}),
		'assault-by-type'
	);
}

test('marks move between states through intermediate positions', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	const { before, seen } = await track(page);
	expect(seen.at(-1)).not.toBe(before);
	// Frames in between the start and the end.
	expect(new Set(seen).size).toBeGreaterThan(3);
});

test('under reduced motion, marks jump straight to the new state', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const { before, seen } = await track(page);
	expect(seen.at(-1)).not.toBe(before);
	// From the first frame on, the mark is where it ends.
	expect(new Set(seen)).toEqual(new Set([seen.at(-1)]));
});
