// The story's start-up after the first paint: the page hydrates, then each section in a task
// of its own (SectionIsland), so no single task holds the whole page (one task of 70–90 ms in
// Lighthouse's 4× CPU: blocking time).
import { test, expect } from './fixtures';
import { EDITIONS } from './steps';

for (const edition of EDITIONS)
	test(`${edition.path}: each section hydrates in place, in a task of its own, without a warning`, async ({
		page
	}) => {
		const warnings: string[] = [];
		page.on('console', (m) => /warn|error/.test(m.type()) && warnings.push(m.text()));
		// Each section's scroll engine writes its trigger line as it starts: the observer hears
		// the writes of one task together, in one callback (its records are delivered at the
		// task's end). Only a section's first write counts: a new stage height later moves the
		// lines of several at once. The server's nodes are tagged before the client starts.
		await page.addInitScript(() => {
			const w = window as unknown as { __starts: string[][] };
			w.__starts = [];
			const started = new Set<string>();
			new MutationObserver((records) => {
				const ids = records
					.map((r) => (r.target as Element).closest('section')?.id ?? '?')
					.filter((id) => !started.has(id));
				for (const id of ids) started.add(id);
				if (ids.length) w.__starts.push([...new Set(ids)]);
			}).observe(document, { subtree: true, attributeFilter: ['data-trigger-line'] });
			addEventListener('DOMContentLoaded', () => {
				for (const s of document.querySelectorAll('section[data-chart-section]'))
					s.setAttribute('data-tagged', '');
			});
		});
		await page.goto(`/${edition.path}`);
		const sections = page.locator('main section[data-chart-section]');
		const count = await sections.count();
		expect(count).toBeGreaterThan(5);
		await expect
			.poll(() => page.evaluate(() => document.querySelectorAll('[data-trigger-line]').length))
			.toBe(count);
		await expect
			.poll(() =>
				page.evaluate(() =>
					[...document.querySelectorAll('[data-trigger-line]')].every(
						(s) => Number((s as HTMLElement).dataset.triggerLine) > 0
					)
				)
			)
			.toBe(true);
		const starts = await page.evaluate(
			() => (window as unknown as { __starts: string[][] }).__starts
		);
		// Every section started, each in a task with no other section.
		expect(starts.flat().sort()).toEqual(
			(await sections.evaluateAll((all) => all.map((s) => s.id))).sort()
		);
		expect(starts.filter((ids) => ids.length > 1)).toEqual([]);
		// Hydrated on the server's own nodes, which now follow the steps.
		await expect(page.locator('main section[data-chart-section][data-tagged]')).toHaveCount(count);
		const first = page.locator('main [data-step]').first();
		await first.scrollIntoViewIfNeeded();
		await page.evaluate(() => scrollBy(0, innerHeight / 3));
		await expect(first).toHaveClass(/active/);
		expect(warnings).toEqual([]);
	});

test('the page’s own code arrives without preload links added at start-up', async ({ page }) => {
	// Vite's preload helper added one link per chunk of SvelteKit's nodes, one by one, in the
	// page's hydration task; the browser finds those chunks from their imports as it is.
	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(page.locator('main [data-chart-section] [data-trigger-line="0"]')).toHaveCount(0);
	expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);
});
