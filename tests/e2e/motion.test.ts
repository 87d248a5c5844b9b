// A change of state animates (about half a second), and under reduced motion switches at once.
// Marks move by CSS transitions (assault's paths) or by a transform the browser animates (the
// reach map's zoom, the bars' and troops' glides), or fade (drones' colours); each is watched
// frame by frame.
import { test, expect } from './fixtures';
import { scrollToStep, steps } from './steps';
import { offColour, track, type Probe } from './watch';

// [section, from, to, probe, whether labels step aside]: the drones' bars only change colour
// between these steps, and a change of colour alone keeps every label in place.
const CASES: [string, string, string, Probe, boolean][] = [
	['assault', 'assault-all', 'assault-by-type', 'assault', true],
	['drones', 'drones-rise', 'drones-october', 'drones', false],
	['reach', 'reach-himars', 'reach-storm-shadow', 'reach', true],
	['aid', 'aid-us', 'aid-donors', 'bars', true],
	['cost', 'cost-assault', 'cost-attacks', 'blocks', true]
];

for (const [section, from, to, probe, hides] of CASES) {
	test(`${section}: marks move between states through intermediate positions`, async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/');
		const { before, seen, hid } = await track(page, section, from, to, probe);
		expect(seen.at(-1)).not.toBe(before);
		// Frames in between the start and the end, and labels out of the way of moving marks.
		// (A glide runs off the main thread: on a busy machine its frame loop may see little
		// more than its start, a transform, and its end.)
		const glides = probe === 'bars' || probe === 'blocks' || probe === 'glides';
		expect(new Set(seen).size).toBeGreaterThan(glides ? 2 : 3);
		expect(hid).toBe(hides);
		if (probe === 'reach') {
			// From the first frame that shows the new state, the map has its new part and flies
			// there by a transform that ends (the step may land a frame after the scroll).
			const [box] = seen.at(-1)!.split(' none');
			const shown = seen.slice(seen.findIndex((s) => s !== before));
			expect(seen.at(-1)).toMatch(/ none$/);
			expect(shown.filter((s) => s.startsWith(box)).length).toBe(shown.length);
			expect(seen.some((s) => s.includes('matrix'))).toBe(true);
		}
		if (probe === 'blocks') {
			// The first block moves and shrinks: it sets off from where it was seen (nearer
			// there than where it ends) and glides by a transform that ends.
			// (Its first frame under way: the probe reads each frame before the glide starts.)
			const at = (s: string) => s.split(';')[0].split('|')[0].split(',').map(Number);
			const first = at(seen.find((s) => s.split(';')[0].includes('matrix'))!);
			const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
			expect(distance(first, at(before))).toBeLessThan(distance(first, at(seen.at(-1)!)));
			expect(seen.some((s) => s.includes('matrix'))).toBe(true);
			expect(seen.at(-1)).not.toContain('matrix');
		}
		if (probe === 'bars' || probe === 'glides') {
			// Each mark takes its new box at once and glides there by a transform that ends.
			const boxes = (s: string) => s.split(';').map((bar) => bar.split('|')[0]);
			const first = seen.findIndex((s) => s !== before);
			for (const s of seen.slice(first)) expect(boxes(s)).toEqual(boxes(seen.at(-1)!));
			expect(seen.some((s) => s.includes('matrix'))).toBe(true);
			expect(seen.at(-1)).not.toContain('matrix');
		}
	});

	test(`${section}: under reduced motion, marks jump straight to the new state`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		const { before, seen } = await track(page, section, from, to, probe);
		expect(seen.at(-1)).not.toBe(before);
		// From the first frame that shows the new state on, the marks are where they end. (The
		// dots' blocks are laid out over two frames, glide or not: no transform carries them.)
		const first = seen.findIndex((s) => s !== before);
		if (probe === 'blocks') return expect(seen.join(';')).not.toContain('matrix');
		expect(new Set(seen.slice(first))).toEqual(new Set([seen.at(-1)]));
	});
}

test('a step change moves nothing outside the charts but by opacity and transform; the active card marker shows in the attack colour', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	const [first, second] = await steps(page);
	await scrollToStep(page, first.id);
	await expect(page.locator(`#${first.id}`)).toHaveClass(/active/);
	await page.waitForTimeout(400);
	// What starts moving outside the charts (the cards, the reading progress) as the next step
	// becomes active: only opacity and transform, which need no repaint of the page.
	await page.evaluate((id) => {
		const w = window as unknown as { moved: Promise<string[]> };
		w.moved = new Promise((done) =>
			new MutationObserver(() =>
				requestAnimationFrame(() =>
					done(
						document
							.getAnimations()
							.map((a) => ({ a, el: (a.effect as KeyframeEffect).target }))
							.filter(({ el }) => el && !el.closest('[data-chart-island]'))
							.map(({ a, el }) => `${el!.className} ${(a as CSSTransition).transitionProperty}`)
					)
				)
			).observe(document.getElementById(id)!, { attributes: true, attributeFilter: ['class'] })
		);
	}, second.id);
	await scrollToStep(page, second.id);
	const moved = await page.evaluate(
		() => (window as unknown as { moved: Promise<string[]> }).moved
	);
	expect(moved.length).toBeGreaterThan(0);
	for (const m of moved) expect(m).toMatch(/ (opacity|transform)$/);
	// At rest, the active card's left edge is drawn in the attack colour; the last card's marker
	// is gone.
	await page.waitForTimeout(400);
	// A point of its left edge the reader sees: not under the stage.
	const point = await page.locator(`#${second.id} .card`).evaluate((card) => {
		const r = card.getBoundingClientRect();
		for (let y = Math.max(r.top, 0) + 4; y < Math.min(r.bottom, innerHeight) - 4; y += 4)
			if (card.contains(document.elementFromPoint(r.left + 1, y))) return { x: r.left + 1, y };
		return null;
	});
	expect(point, 'the active card is in view').not.toBeNull();
	expect(await offColour(page, point!, 'attack')).toBeLessThanOrEqual(12);
	const marker = (id: string) =>
		page.locator(`#${id} .card`).evaluate((el) => getComputedStyle(el, '::before').opacity);
	expect(await marker(first.id)).toBe('0');
});

test('a step taken while the map still flies carries it on from where it shows, with no jump', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	await scrollToStep(page, 'reach-himars');
	const island = page.locator('section#reach [data-chart-island]');
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await page.waitForTimeout(800);
	// Where the reader sees the map: a country's outline on screen, read after two frames.
	const width = () =>
		page.evaluate(
			() =>
				new Promise<number>((done) =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() =>
							done(
								document.querySelector('section#reach .plot-box svg path')!.getBoundingClientRect()
									.width
							)
						)
					)
				)
		);
	// A step taken, and drawn: the chart shows its state (its flight has set off).
	const step = async (id: string) => {
		await scrollToStep(page, id);
		await expect(page.locator('section#reach .sticky')).toHaveAttribute('data-active-step', id);
		await expect(island.locator('figure[data-chart]')).toHaveAttribute(
			'data-chart-state',
			(await page.locator(`[data-step="${id}"]`).getAttribute('data-state'))!
		);
	};
	// The flight is stopped on its way by the browser's animation clock, not by the test's
	// timing: a slow machine's long frame then cannot pass for a jump, nor hide one.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Animation.enable');
	const start = await width();
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.1 });
	await step('reach-storm-shadow');
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
	// Stopped on its way, however long the step took: at 150 ms of its 500 (two thirds eased).
	const progress = await page.evaluate(() =>
		document
			.querySelector('section#reach .plot-box svg')!
			.getAnimations()
			.map((a) => ((a.currentTime = 150), a.effect?.getComputedTiming().progress))
	);
	expect(progress).toHaveLength(1);
	expect(progress[0]).toBeGreaterThan(0.05);
	expect(progress[0]).toBeLessThan(0.95);
	const midway = await width();
	expect(await width(), 'the clock is stopped').toBe(midway);
	// The next step, taken mid-flight: its flight sets off from where the map shows.
	await step('reach-kursk');
	const setOff = await width();
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 1 });
	await page.waitForTimeout(1000);
	const end = await width();
	expect(Math.abs(midway - start), 'the first flight was under way').toBeGreaterThan(5);
	expect(Math.abs(end - midway), 'the second flight goes somewhere').toBeGreaterThan(5);
	expect(Math.abs(setOff - midway)).toBeLessThan(0.5);
});

// The names of a state are hidden while its marks move, so they are built in a task of their
// own, after the marks' (reach's, built in the step's own task, made it 30-60 ms at 4× CPU);
// under reduced motion nothing hides them, and they change with the marks.
const NAMED: [string, string, string][] = [
	['reach', 'reach-himars', 'reach-storm-shadow'],
	['assault', 'assault-all', 'assault-by-type'],
	['troops', 'troops-estimates', 'troops-up-to']
];
for (const [section, from, to] of NAMED)
	for (const reducedMotion of ['no-preference', 'reduce'] as const)
		test(`${section}'s names are built ${reducedMotion === 'reduce' ? 'with' : 'a task after'} its marks (reduced motion: ${reducedMotion})`, async ({
			page
		}) => {
			await page.emulateMedia({ reducedMotion });
			await page.goto('/');
			await scrollToStep(page, from);
			const island = page.locator(`section#${section} [data-chart-island]`);
			await expect(island).toHaveAttribute('data-hydrated', 'true');
			await page.waitForTimeout(1500);
			await island.evaluate((root) => {
				const w = window as unknown as { __batches: { names: number; marks: number }[] };
				w.__batches = [];
				new MutationObserver((records) => {
					// Names built: nodes added under the labels (names in place move with the marks).
					const names = records.filter(
						(r) =>
							r.addedNodes.length > 0 &&
							(r.target as Element).closest?.('.labels, .layercake-layout-html')
					).length;
					w.__batches.push({ names, marks: records.length - names });
				}).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
			});
			await scrollToStep(page, to);
			await expect(page.locator(`section#${section} figure`)).toHaveAttribute(
				'data-chart-state',
				to.slice(section.length + 1)
			);
			await page.waitForTimeout(1000);
			const batches = await page.evaluate(
				() => (window as unknown as { __batches: { names: number; marks: number }[] }).__batches
			);
			const first = batches.findIndex((b) => b.marks > 0);
			expect(first, JSON.stringify(batches)).toBeGreaterThanOrEqual(0);
			const named = batches.findIndex((b) => b.names > 0);
			expect(named, JSON.stringify(batches)).toBeGreaterThanOrEqual(0);
			if (reducedMotion === 'reduce') expect(named, JSON.stringify(batches)).toBe(first);
			else expect(named, JSON.stringify(batches)).toBeGreaterThan(first);
		});
