// A change of state animates (about half a second), and under reduced motion switches at once.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Scrolls from the assault's first step to its second; returns a mark's x soon after and later. */
async function track(page: Page) {
	const scrollTo = (id: string) =>
		page.evaluate((id) => {
			const el = document.getElementById(id)!;
			const line = Number(el.closest<HTMLElement>('[data-trigger-line]')!.dataset.triggerLine);
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
		}, id);
	const figure = page.locator('section#assault figure[data-chart]');
	await scrollTo('assault-all');
	await expect(figure).toHaveAttribute('data-chart-state', 'all');
	await page.waitForTimeout(800);
	const mark = figure.locator('.graphic svg .marks rect').last();
	const x = () => mark.evaluate((r) => Number(r.getAttribute('y')) + Number(r.getAttribute('x')));
	const start = await x();
	await scrollTo('assault-by-type');
	await expect(figure).toHaveAttribute('data-chart-state', 'by-type');
	const soon = await x();
	await page.waitForTimeout(900);
	const end = await x();
	return { start, soon, end };
}

test('marks move between states over a short transition', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	const { start, soon, end } = await track(page);
	expect(end).not.toBe(start);
	expect(soon).not.toBe(end); // still on its way
});

test('under reduced motion, marks jump straight to the new state', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const { start, soon, end } = await track(page);
	expect(end).not.toBe(start);
	expect(soon).toBe(end);
});
