// What a change of state leaves to the compositor, so that no frame of it waits for the page:
// Chromium's own word for each animation (its trace), and what animates inside a chart.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { scrollToStep, settleOnStep } from './steps';
import { movesIn, offColour } from './watch';
import { animationEvents, failedOf, traceChange, traceEvents } from './trace';

// [section, from, to, what moves, the nodes that move]:
// - outlines drawn apart from their bars, which leave and return by a fade (a glide of a
//   stroked mark, under LayerCake's non-scaling stroke, ran on the main thread);
// - the drones' columns taking a colour (their tint fades in: a transition of `fill`
//   repainted the plot every frame);
// - troops' parts as a wider scale slides them (CSS transitions of `d`, `cx` and `width`
//   repainted the plot every frame);
// - the words that arrive once the marks have moved (one animation each, its delay included:
//   Svelte's `in:` transition waited out its delay on the main thread).
const GLIDES: [string, string, string, string, RegExp][] = [
	['cost', 'cost-attacks', 'cost-monthly', 'outlines', /^g class='outlines[ \w-]*'$/],
	['drones', 'drones-year', 'drones-rise', 'colours', /^rect class='(tint|muted)[ \w-]*'$/],
	[
		'troops',
		'troops-estimates',
		'troops-up-to',
		'glides',
		/^(circle|path|rect) class='(dot|halo|head|bar|line (tick|stem|range|value-tick)) svelte-\w+'$/
	],
	['aid', 'aid-us', 'aid-donors', 'words', /^SPAN class='label \w+ svelte-\w+'$/],
	['cost', 'cost-assault', 'cost-attacks', 'words', /^SPAN class='label is-\w+ svelte-\w+'$/]
];

// Bars that one map carries (all growing from their baseline): one animation of their layer's
// <svg> (aid: of each of its two, the pieces and the whole bars over them), an HTML box, whose transform lays nothing out (one of an SVG mark's transform, or of
// a group's, lays its marks out every frame). Aid's grow from nothing, not from opacity 0 (a
// glide that starts unseen ran on the main thread).
const AS_ONE: [string, string, string, RegExp][] = [
	['cost', 'cost-attacks', 'cost-monthly', /^rect class='(killed|injured|total) svelte-\w+'$/],
	[
		'aid',
		'aid-us',
		'aid-donors',
		/^rect class='(total|military|financial|humanitarian) svelte-\w+'$/
	]
];

for (const [section, from, to, what, bars] of GLIDES)
	test(`${section} (${from} to ${to}): ${what} move on the compositor, no frame of the move waits for the page`, async ({
		page,
		browser
	}) => {
		// Chromium names each animation that starts (an `Animation` event) and, of one its
		// compositor cannot run, says why (`compositeFailed`, a set of Blink's reasons; Chromium
		// 156.0.8078.114 writes it only when non-zero: the control test below holds that it
		// does). CSS transitions of a rect's x, y, width and height never ran there: the page
		// painted every frame.
		const probe =
			({ drones: 'drones', troops: 'glides', assault: 'glides' } as const)[section] ?? 'bars';
		const { seen, events } = await traceChange(page, browser, [section, from, to], probe, [
			'blink.animations'
		]);
		// The animations of the watched marks, and any of them Chromium could not hand over.
		const started = events.filter(
			(e) => e.name === 'Animation' && e.ph === 'b' && bars.test(e.args?.data?.nodeName ?? '')
		);
		const failed = failedOf(events, bars);
		expect(seen.length).toBeGreaterThan(3);
		// (The outlines are one group: one fade.)
		expect(started.length).toBeGreaterThan(what === 'outlines' ? 0 : 3);
		expect(failed.map((e) => e.args!.data)).toEqual([]);
	});

for (const [section, from, to, bars] of AS_ONE)
	test(`${section} (${from} to ${to}): the bars grow as one, on the compositor, and lay nothing out as they move`, async ({
		page,
		browser
	}) => {
		const { before, seen, events } = await traceChange(page, browser, [section, from, to], 'bars');
		const begun = events.filter((e) => e.name === 'Animation' && e.ph === 'b');
		const layer = begun.filter((e) =>
			/^svg class='svelte-\w+'$/.test(e.args?.data?.nodeName ?? '')
		);
		expect(begun.filter((e) => bars.test(e.args?.data?.nodeName ?? ''))).toEqual([]);
		expect(layer).toHaveLength(section === 'aid' ? 2 : 1);
		const failed = failedOf(events, /^svg /);
		expect(failed).toEqual([]);
		// Seen under way: the layer's transform, which ends.
		const shown = seen.slice(seen.findIndex((s) => s !== before));
		expect(shown.some((s) => s.includes('none matrix'))).toBe(true);
		expect(seen.at(-1)).not.toContain('matrix');
		// While it moves (its first 400 ms), the page is laid out at most a few times (words
		// leaving), not every frame.
		const start = layer[0].ts;
		const layouts = events.filter(
			(e) => e.name === 'Layout' && e.ph === 'X' && e.ts > start + 20_000 && e.ts < start + 400_000
		);
		expect(layouts.length).toBeLessThanOrEqual(4);
	});

/** From now on, every animation in `root`'s subtree, each frame for 1.2 s (animationsSeen). */
const watchAnimations = (root: Locator) =>
	root.evaluate((root) => {
		const w = window as unknown as { __moved: Set<string> };
		w.__moved = new Set();
		const t0 = performance.now();
		const look = () => {
			for (const a of root.getAnimations({ subtree: true })) {
				const el = (a.effect as KeyframeEffect).target!;
				const what = a instanceof CSSTransition ? a.transitionProperty : 'script';
				w.__moved.add(`${el.tagName.toLowerCase()}.${el.getAttribute('class')} ${what}`);
			}
			if (performance.now() - t0 < 1200) requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
/** What watchAnimations saw: each animated element (tag, class) and what moved it. */
const animationsSeen = (page: Page) =>
	page.evaluate(() => [...(window as unknown as { __moved: Set<string> }).__moved]);

// Aid's whole bars lie over their pieces, in a layer of their own: between `donors` and
// `by-type` that layer's <svg>, an HTML box, fades, and nothing inside a plot animates. (Each
// piece's own glide, an SVG mark's transform, restyled, laid out and repainted the plot every
// frame for half a second: at 4x CPU most of the aid chart's slow frames while scrolling.)
for (const [from, to, opacity] of [
	['aid-donors', 'aid-by-type', '0'],
	['aid-by-type', 'aid-donors', '1']
] as const)
	test(`aid (${from} to ${to}): the whole bars fade as one layer, on the compositor, and no mark animates`, async ({
		page,
		browser
	}) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/');
		await settleOnStep(page, 'aid', from);
		const plot = page.locator('section#aid .graphic[role="img"]');
		// At rest first: no motion of the way here is counted as the change's.
		await expect
			.poll(() => plot.evaluate((root) => root.getAnimations({ subtree: true }).length))
			.toBe(0);
		const pieces = () =>
			plot.evaluate((root) =>
				[...root.querySelectorAll('svg .bars rect')]
					.map((r) => ['x', 'y', 'width', 'height'].map((k) => r.getAttribute(k)).join())
					.join(';')
			);
		const before = await pieces();
		await watchAnimations(plot);
		await browser.startTracing(page, { categories: ['blink.animations', 'devtools.timeline'] });
		await scrollToStep(page, to);
		await expect(page.locator(`[data-step="${to}"]`)).toHaveClass(/active/);
		await page.waitForTimeout(1300);
		const events = await traceEvents(browser);
		const moved = await animationsSeen(page);
		// One fade, of the whole bars' layer (an HTML box), which the compositor runs.
		expect(moved).toEqual([expect.stringMatching(/^svg\.svelte-\w+ opacity$/)]);
		expect(failedOf(events, /^svg /)).toEqual([]);
		// The pieces lie where they lay, and the whole bars' layer has faded in or out.
		expect(await pieces()).toBe(before);
		await expect(plot.locator('svg:has(> .totals)')).toHaveCSS('opacity', opacity);
	});

// Where no outline is drawn (under the whole bars), the outlines' group does not fade back as
// the bars stop: a fade with nothing to show runs on the main thread.
test('aid (aid-us to aid-donors): nothing fades where nothing is drawn', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	await settleOnStep(page, 'aid', 'aid-us');
	const plot = page.locator('section#aid .graphic[role="img"]');
	await watchAnimations(plot);
	await scrollToStep(page, 'aid-donors');
	await expect(page.locator('[data-step="aid-donors"]')).toHaveClass(/active/);
	await page.waitForTimeout(1300);
	const moved = await animationsSeen(page);
	// The bars' layers grew (their <svg>s): the change was seen.
	expect(moved).toContainEqual(expect.stringMatching(/^svg\.svelte-\w+ script$/));
	expect(moved.filter((m) => m.startsWith('g.outlines'))).toEqual([]);
});

// Where the bars start is worked out from the viewBox and the layer's size, not by getCTM(),
// which lays the page out in the step's own frame; the reader still sees no jump, where the
// plot grows with the new state too (cost, on a desktop). Aid's plot has no height before
// its bars come, but they only grow across from the axis: its width says where they start.
const CTM_CALLS: Record<string, number> = { cost: 0, aid: 0 };
for (const [section, from, to] of AS_ONE)
	test(`${section} (${from} to ${to}): the bars start where they were, and finding it lays nothing out`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.addInitScript(() => {
			const w = window as unknown as { __ctm: number };
			w.__ctm = 0;
			const own = SVGGraphicsElement.prototype.getCTM;
			SVGGraphicsElement.prototype.getCTM = function () {
				w.__ctm++;
				return own.call(this);
			};
		});
		await page.goto('/');
		await settleOnStep(page, section, from);
		const plot = page.locator(`section#${section} .graphic[role="img"]`);
		const rects = () =>
			plot.evaluate((root) =>
				[...root.querySelectorAll('svg .stack rect, svg .bars rect')].map((r) => {
					const b = r.getBoundingClientRect();
					return [b.left, b.top, b.right, b.bottom].map((v) => Math.round(v * 10) / 10);
				})
			);
		const before = await rects();
		expect(before.length).toBeGreaterThan(5);
		await page.evaluate(() => ((window as unknown as { __ctm: number }).__ctm = 0));
		// The layer's glide, held at its start: what the reader sees in the change's first frame.
		// Watched for from before the step changes: looked for only after, under CI's load it
		// had once run its 500 ms and gone.
		await plot.evaluate((root) => {
			const w = window as unknown as { __held: Promise<void> };
			w.__held = new Promise<void>((done, fail) => {
				const until = performance.now() + 10_000;
				const held = () => {
					const a = [...root.querySelectorAll('svg')].flatMap((s) => s.getAnimations())[0];
					if (a) {
						a.pause();
						a.currentTime = 0;
						return done();
					}
					if (performance.now() > until) return fail(new Error('no glide of the bars started'));
					requestAnimationFrame(held);
				};
				held();
			});
		});
		await scrollToStep(page, to);
		await page.evaluate(() => (window as unknown as { __held: Promise<void> }).__held);
		const start = await rects();
		expect(start).toHaveLength(before.length);
		// A bar that showed starts on it, edge for edge. One of no width (or height) showed
		// nothing (here, every bar: they grow from nothing): it starts as next to nothing, at
		// the same place (a column at its baseline, a bar at the axis).
		before.forEach(([l, t, r, b], i) => {
			const [l1, t1, r1, b1] = start[i];
			const near = (u: number, v: number) =>
				expect(Math.abs(u - v), `bar ${i}: ${start[i]} from ${before[i]}`).toBeLessThan(1);
			if (r - l >= 1 && b - t >= 1) {
				[l1, t1, r1, b1].forEach((v, j) => near(v, before[i][j]));
			} else if (r - l < 1) [near(l1, l), near(r1 - l1, 0)];
			else [near(t1, t), near(b1 - t1, 0)];
		});
		expect(await page.evaluate(() => (window as unknown as { __ctm: number }).__ctm)).toBe(
			CTM_CALLS[section]
		);
	});

// The control: the trace still names an animation that the compositor cannot run (a
// transition of `width`) and not one it can (of `transform`), so the test above can fail.
test('the trace tells a main-thread animation from a composited one', async ({ page, browser }) => {
	await page.setContent(
		`<style>i{display:block;width:9px;height:9px;background:red;transition:all 1s}
		.on{width:90px;transform:translateX(9px)} .t.on{width:9px}</style><i class=w></i><i class=t></i>`
	);
	await page.waitForTimeout(100);
	await browser.startTracing(page, { categories: ['blink.animations'] });
	await page.evaluate(() => document.querySelectorAll('i').forEach((i) => i.classList.add('on')));
	await page.waitForTimeout(400);
	const anims = await animationEvents(browser);
	const named = new Map(
		anims.filter((e) => e.ph === 'b').map((e) => [e.id2?.local, e.args?.data?.displayName])
	);
	const failed = anims
		.filter((e) => e.args?.data?.compositeFailed)
		.map((e) => named.get(e.id2?.local));
	expect([...named.values()].sort()).toEqual(['transform', 'transform', 'width']);
	expect(failed).toEqual(['width']);
});

test("the closing chart's dots take their colours and leave them by a fade of opacity", async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	await settleOnStep(page, 'next', 'next-cities');
	// The centre of a dot inside every range, on screen, against a colour token.
	const dot = page.locator('section#next .dot.within').first();
	const centre = async () => {
		const box = (await dot.boundingBox())!;
		return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
	};
	expect(await offColour(page, await centre(), 'neutral')).toBeLessThanOrEqual(12);
	// In, then out: each a fade of opacity, ending in the state's colours.
	for (const [step, token] of [
		['next-within', 'defence'],
		['next-cities', 'neutral']
	]) {
		const moved = await movesIn(page, 'next', step);
		expect(moved.filter((m) => m.startsWith('dot'))).not.toEqual([]);
		for (const m of moved) expect(m).toMatch(/ (opacity|transform)$/);
		await page.waitForTimeout(600);
		expect(await offColour(page, await centre(), token)).toBeLessThanOrEqual(12);
	}
	// Hidden, the overlay keeps the colours it fades out in (not a bare one fading out).
	const overlay = await dot.evaluate((el) => {
		const s = getComputedStyle(el, '::after');
		const probe = document.createElement('i');
		probe.style.color = 'var(--color-defence)';
		document.body.append(probe);
		const defence = getComputedStyle(probe).color;
		probe.remove();
		return [s.opacity, s.backgroundColor === defence];
	});
	expect(overlay).toEqual(['0', true]);
});
