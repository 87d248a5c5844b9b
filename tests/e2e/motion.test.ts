// A change of state animates (about half a second), and under reduced motion switches at once.
// Marks move by CSS transitions (assault's paths, drones' colours) or by a transform the
// browser animates (the reach map's zoom, the aid bars' glide); each is watched frame by frame.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { scrollToStep, steps } from './steps';

/** What one frame shows of the watched marks, read inside the page. */
type Probe = 'assault' | 'drones' | 'reach' | 'bars' | 'blocks';

/**
 * Scrolls to `from`, waits for its chart to hydrate and settle, then scrolls to `to` and
 * records, frame by frame inside the page (so a slow test machine cannot miss frames), what
 * `probe` reads of the marks, and whether the frame hid the labels meanwhile.
 */
async function track(
	page: Page,
	section: string,
	from: string,
	to: string,
	probe: Probe,
	ready: () => Promise<unknown> = async () => {}
) {
	const scrollTo = (id: string) =>
		page.evaluate((id) => {
			const el = document.getElementById(id)!;
			const line = Number(el.closest<HTMLElement>('[data-trigger-line]')!.dataset.triggerLine);
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
		}, id);
	await scrollTo(from);
	await expect(page.locator(`section#${section} [data-step="${from}"]`)).toHaveClass(/active/);
	// The chart's code arrives as the reader nears it; then it settles at its measured width.
	await expect(page.locator(`section#${section} [data-chart-island]`)).toHaveAttribute(
		'data-hydrated',
		'true'
	);
	await page.waitForTimeout(800);
	await ready();
	return page.evaluate(
		({ section, to, probe }) =>
			new Promise<{ before: string; seen: string[]; hid: boolean }>((done) => {
				const root = document.querySelector(`section#${section} .graphic[role="img"]`)!;
				const read = () => {
					if (probe === 'assault') {
						// Marks that look alike share a path: its outline, as drawn (CSS may be
						// moving it), is their positions.
						const r = root.querySelector('svg .marks path:last-of-type')!;
						return `${r.getAttribute('class')} ${getComputedStyle(r).d}`;
					}
					if (probe === 'drones') {
						// What is drawn (computed colour and height), not what the state set.
						const r = [...root.querySelectorAll('svg .columns rect')];
						return r
							.map((e) => getComputedStyle(e))
							.map((s) => `${s.fill} ${s.opacity} ${s.height}`)
							.join(' ');
					}
					if (probe === 'bars') {
						// Where each bar is drawn (its box) and the transform that carries it.
						const r = [...root.querySelectorAll('svg .bars rect, svg .stack rect')];
						const box = (e: Element) =>
							['x', 'y', 'width', 'height'].map((a) => e.getAttribute(a)).join(',');
						return r.map((e) => `${box(e)}|${getComputedStyle(e).transform}`).join(';');
					}
					if (probe === 'blocks') {
						// Each block of dots shown: where it is seen (transform included), its fade.
						const shown = [...root.querySelectorAll('.people > .block')].filter(
							(e) => getComputedStyle(e).display !== 'none'
						);
						return shown
							.map((e) => {
								const r = e.getBoundingClientRect();
								const seen = [r.left, r.top, r.width].map(Math.round).join(',');
								const s = getComputedStyle(e);
								return `${seen}|${s.transform}|${s.opacity}`;
							})
							.join(';');
					}
					const svg = root.querySelector('svg')!;
					return `${svg.getAttribute('viewBox')} ${getComputedStyle(svg).transform}`;
				};
				const before = read();
				const seen: string[] = [];
				let hid = false;
				// Until 900 ms after the first frame that differs (a loaded machine may take a
				// while to reach the step), or 5 s.
				const t0 = performance.now();
				let moved = 0;
				const frame = () => {
					const now = performance.now();
					seen.push(read());
					if (!moved && seen.at(-1) !== before) moved = now;
					hid ||= root.hasAttribute('data-moving');
					if ((!moved || now - moved < 900) && now - t0 < 5000) requestAnimationFrame(frame);
					else done({ before, seen, hid });
				};
				requestAnimationFrame(frame);
				const el = document.getElementById(to)!;
				const line = Number(el.closest<HTMLElement>('[data-trigger-line]')!.dataset.triggerLine);
				window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
			}),
		{ section, to, probe }
	);
}

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
		const glides = probe === 'bars' || probe === 'blocks';
		expect(new Set(seen).size).toBeGreaterThan(glides ? 2 : 3);
		expect(hid).toBe(hides);
		if (probe === 'reach') {
			// The map takes its new part at once and flies there by a transform that ends.
			const [box] = seen.at(-1)!.split(' none');
			expect(seen.at(-1)).toMatch(/ none$/);
			expect(seen.filter((s) => s.startsWith(box)).length).toBe(seen.length);
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
		if (probe === 'bars') {
			// Each bar takes its new box at once and glides there by a transform that ends.
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

// [section, from, to, what moves, the nodes that move]: unstroked bars, whose glide the
// compositor can run (the aid chart fits the desktop's band, 40rem, unzoomed in every state
// for this), and the words that arrive once the marks have moved (one animation each, its
// delay included: Svelte's `in:` transition waited out its delay on the main thread).
const GLIDES: [string, string, string, string, RegExp][] = [
	['cost', 'cost-attacks', 'cost-monthly', 'bars', /^rect class='killed svelte-\w+'$/],
	['aid', 'aid-donors', 'aid-by-type', 'bars', /^rect class='(military|financial) svelte-\w+'$/],
	['aid', 'aid-us', 'aid-donors', 'words', /^SPAN class='label \w+ svelte-\w+'$/],
	['cost', 'cost-assault', 'cost-attacks', 'words', /^SPAN class='label is-\w+ svelte-\w+'$/]
];

for (const [section, from, to, what, bars] of GLIDES)
	test(`${section}: ${what} move on the compositor, no frame of the move waits for the page`, async ({
		page,
		browser
	}) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/');
		// Chromium says of each animation whether its compositor runs it (`compositeFailed`, a
		// set of Blink's reasons why not; 0 when it does). CSS transitions of a rect's x, y,
		// width and height never ran there: the page painted every frame. Nor does it run a
		// transform of an SVG mark under CSS zoom: the plot must fit unzoomed.
		const ready = async () => {
			const zoom = page.locator(`section#${section} .sticky .graphic`).first();
			await expect(zoom).toHaveCSS('zoom', '1');
			await browser.startTracing(page, { categories: ['blink.animations'] });
		};
		const { seen } = await track(page, section, from, to, 'bars', ready);
		const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as {
			name: string;
			ph: string;
			id2?: { local?: string };
			args?: { data?: { nodeName?: string; compositeFailed?: number } };
		}[];
		const names = new Map<string | undefined, string | undefined>();
		for (const e of events)
			if (e.name === 'Animation' && e.ph === 'b') names.set(e.id2?.local, e.args?.data?.nodeName);
		// Every one that moved did so on the compositor.
		const moved = events.filter(
			(e) =>
				e.name === 'Animation' &&
				e.args?.data?.compositeFailed !== undefined &&
				bars.test(names.get(e.id2?.local) ?? '')
		);
		expect(seen.length).toBeGreaterThan(3);
		expect(moved.length).toBeGreaterThan(3);
		expect(moved.map((e) => e.args!.data!.compositeFailed)).toEqual(moved.map(() => 0));
	});

/**
 * How far the colour on screen at `at` is from the colour token `token` (`--color-…`): the
 * largest difference of its red, green and blue, 0–255.
 */
async function offColour(page: Page, at: { x: number; y: number }, token: string) {
	const png = await page.screenshot({ clip: { ...at, width: 2, height: 1 } });
	const [seen, want] = await page.evaluate(
		async ({ src, token }) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
			c.drawImage(img, 0, 0);
			const probe = document.createElement('i');
			probe.style.color = `var(--color-${token})`;
			document.body.append(probe);
			const rgb = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
			probe.remove();
			return [[...c.getImageData(0, 0, 1, 1).data.slice(0, 3)], rgb];
		},
		{ src: `data:image/png;base64,${png.toString('base64')}`, token }
	);
	return Math.max(...seen.map((v, i) => Math.abs(v - want[i])));
}

/** What animates inside `section`'s chart in the 20 frames after `step` is scrolled to. */
async function movesIn(page: Page, section: string, step: string) {
	const moving = page.evaluate(
		(section) =>
			new Promise<string[]>((done) => {
				const island = document.querySelector(`section#${section} [data-chart-island]`)!;
				const seen = new Set<string>();
				let n = 0;
				const frame = () => {
					for (const a of document.getAnimations()) {
						const el = (a.effect as KeyframeEffect).target;
						if (el && island.contains(el))
							seen.add(`${el.getAttribute('class')} ${(a as CSSTransition).transitionProperty}`);
					}
					if (++n < 20) requestAnimationFrame(frame);
					else done([...seen]);
				};
				requestAnimationFrame(frame);
			}),
		section
	);
	await scrollToStep(page, step);
	return moving;
}

test("the closing chart's dots take their colours by a fade of opacity, and end in them", async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	await scrollToStep(page, 'next-cities');
	await expect(page.locator('section#next [data-chart-island]')).toHaveAttribute(
		'data-hydrated',
		'true'
	);
	await page.waitForTimeout(800);
	const moved = await movesIn(page, 'next', 'next-within');
	expect(moved.filter((m) => m.startsWith('dot'))).not.toEqual([]);
	for (const m of moved) expect(m).toMatch(/ (opacity|transform)$/);
	// At rest, a dot inside every range is drawn in the defence colour (its centre, on screen).
	await page.waitForTimeout(600);
	const dot = await page.locator('section#next .dot.within').first().boundingBox();
	const centre = {
		x: Math.round(dot!.x + dot!.width / 2),
		y: Math.round(dot!.y + dot!.height / 2)
	};
	expect(await offColour(page, centre, 'defence')).toBeLessThanOrEqual(12);
});

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
