// The scroll run: Chromium at a given size with 4× CPU throttling (CDP) scrolls a page top to
// bottom and back in small steps through Chromium's input pipeline (smooth mouse-wheel gestures,
// CDP Input.synthesizeScrollGesture, on a desktop window; a finger's drags, CDP
// Input.dispatchTouchEvent, on a phone), recording long tasks (PerformanceObserver) and frame
// intervals (requestAnimationFrame) while it scrolls. The scroll starts a second after the page
// has hydrated (see `hydrated` in page.js), not only after the network went idle.
import { launchChromium, medians, message, secs } from './common.js';
import { countFrames, countedFrames, openForScroll } from './page.js';

/** @typedef {import('./common.js').ScrollMetrics} ScrollMetrics */
/** @typedef {import('./common.js').ScrollResult} ScrollResult */
/** @typedef {import('./common.js').Size} Size */
/** @typedef {import('./common.js').SizeResult} SizeResult */

/** Narrower than this, a size is a phone: touch, isMobile, device pixel ratio 2. */
const PHONE_BELOW = 768;

/**
 * `1280x800,375x667` → sizes, in that order.
 * @param {string} text
 * @returns {Size[]}
 */
export function parseSizes(text) {
	return text
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => {
			const m = /^(\d+)\s*[x×]\s*(\d+)$/i.exec(s);
			if (!m) throw new Error(`--sizes: "${s}" is not WIDTHxHEIGHT (e.g. 1280x800,375x667).`);
			const width = Number(m[1]);
			const height = Number(m[2]);
			if (width < 200 || height < 200) throw new Error(`--sizes: "${s}" is too small.`);
			return { name: `${width}×${height}`, width, height, touch: width < PHONE_BELOW };
		});
}

/** @typedef {{ width: number, height: number, step: number, speed: number }} Wheel */

/**
 * One smooth mouse-wheel gesture of `step` px at `speed` px/s, down (1) or up (-1), at the
 * window's middle: the compositor scrolls, `scroll` events fire, `scrollend` after it.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {Wheel} o
 * @param {1 | -1} direction
 */
const wheel = (cdp, { width, height, step, speed }, direction) =>
	cdp.send('Input.synthesizeScrollGesture', {
		x: Math.round(width / 2),
		y: Math.round(height / 2),
		yDistance: -direction * step,
		speed,
		gestureSourceType: 'mouse',
		preventFling: true
	});

/**
 * Gestures (`gesture(direction)`) one after another until the page reaches its end that way,
 * or stops moving; returns where it stopped, and the page's scroll height.
 * @param {import('@playwright/test').Page} page
 * @param {(direction: 1 | -1) => Promise<unknown>} gesture
 * @param {1 | -1} direction
 */
async function scrollToEnd(page, gesture, direction) {
	const position = () =>
		page.evaluate(() => ({
			y: scrollY,
			max: document.documentElement.scrollHeight - innerHeight,
			height: document.documentElement.scrollHeight
		}));
	let pos = await position();
	for (let guard = 0; guard < 2000; guard++) {
		if (direction > 0 ? pos.y >= pos.max - 1 : pos.y <= 0) break;
		await gesture(direction);
		const next = await position();
		if (next.y === pos.y) break; // Stuck: nothing more to scroll.
		pos = next;
	}
	return pos;
}

/**
 * The scroll run's wheel scroll alone: smooth wheel steps of `step` px at `speed` px/s down to
 * the bottom, then back to the top (for the diagnostic tools, bench/profile.js, frames.js).
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {Wheel} o
 */
export async function wheelDownAndUp(page, cdp, o) {
	for (const direction of /** @type {const} */ ([1, -1]))
		await scrollToEnd(page, (d) => wheel(cdp, o, d), direction);
}

const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * A finger's drag of one step (at most 80 % of the window's height) at `speed`, through
 * Chromium's touch input (CDP's synthesized touch gestures do not scroll in headless
 * Chromium); the finger rests before it lifts, so the page does not fling on.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {Size} size
 * @param {{ step: number, speed: number }} o
 * @param {1 | -1} direction
 */
async function drag(cdp, size, { step, speed }, direction) {
	const x = Math.round(size.width / 2);
	const length = Math.min(step, Math.round(size.height * 0.8));
	const from = Math.round(size.height / 2 + (direction * length) / 2);
	const moves = Math.max(2, Math.round((length / speed) * 60));
	/** @param {'touchStart' | 'touchMove'} type @param {number} y */
	const touch = (type, y) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: [{ x, y: Math.round(y) }] });
	// The moves are sent a frame apart without waiting for each reply (CDP keeps their
	// order), so a slow round trip on a loaded machine does not slow the finger.
	const sent = [touch('touchStart', from)];
	for (let i = 1; i <= moves; i++) {
		await sleep(1000 / 60);
		sent.push(touch('touchMove', from - (direction * length * i) / moves));
	}
	await Promise.all(sent);
	await sleep(150);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await sleep(100);
}

/**
 * The scroll run's scroll: down in small steps, each a smooth scroll as a reader's (the
 * compositor scrolls, `scroll` events fire, `scrollend` after each step), then back up: a
 * wheel gesture on a desktop window, a finger's drag on a phone. Throws if the page did not
 * reach its bottom (a run that did not scroll would pass every target); returns the bottom.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {Size} size
 * @param {{ step: number, speed: number }} o
 */
export async function scrollDownAndUp(page, cdp, size, { step, speed }) {
	/** @param {1 | -1} direction */
	const scrollAll = (direction) =>
		scrollToEnd(
			page,
			(d) =>
				size.touch
					? drag(cdp, size, { step, speed }, d)
					: wheel(cdp, { width: size.width, height: size.height, step, speed }, d),
			direction
		);
	const bottom = await scrollAll(1);
	if (bottom.y < bottom.max - 1)
		throw new Error(`the page stopped scrolling at ${bottom.y} of ${bottom.max} px`);
	await scrollAll(-1);
	return bottom;
}

/**
 * One run: load the page, let it settle, scroll to the bottom and back; `reducedMotion`
 * emulates a reader who asks for it (the bound of what the page's motion costs).
 * @param {{ url: string, size: Size, chromePath: string, step: number, speed: number,
 *   reducedMotion?: boolean }} o
 * @returns {Promise<ScrollMetrics>}
 */
export async function scrollRun({ url, size, chromePath, step, speed, reducedMotion = false }) {
	const t = Date.now();
	const browser = await launchChromium(chromePath);
	try {
		const { page, cdp } = await openForScroll(browser, {
			url,
			size,
			reducedMotion,
			init: () => {
				/** @type {{ start: number, duration: number }[]} */
				const tasks = [];
				/** @type {any} */ (window).__benchTasks = tasks;
				try {
					new PerformanceObserver((list) => {
						for (const e of list.getEntries())
							tasks.push({ start: e.startTime, duration: e.duration });
					}).observe({ type: 'longtask', buffered: true });
				} catch {
					/* no long task API */
				}
			}
		});
		const scrollStart = await countFrames(page);
		const bottom = await scrollDownAndUp(page, cdp, size, { step, speed });
		await page.waitForTimeout(300);
		// The tasks first: the call that stops the frame count may itself be a long task.
		const run = await page.evaluate((start) => {
			const all = /** @type {{ start: number, duration: number }[]} */ (
				/** @type {any} */ (window).__benchTasks
			);
			// Each chart's hydration as the reader nears it (ChartIsland's measures).
			const hydrations = performance
				.getEntriesByType('measure')
				.filter((m) => m.name.startsWith('within-range:hydrate:'))
				.map((m) => m.duration);
			return {
				hydrations,
				scrollTasks: all.filter((x) => x.start >= start).map((x) => x.duration),
				loadTasks: all.filter((x) => x.start < start).map((x) => x.duration)
			};
		}, scrollStart);
		const frames = (await countedFrames(page)).map(([a, b]) => b - a);
		const sorted = [...frames].sort((a, b) => a - b);
		const share = (/** @type {number} */ ms) =>
			frames.length ? (100 * frames.filter((f) => f > ms).length) / frames.length : NaN;
		return {
			longTasks: run.scrollTasks.length,
			longestTaskMs: Math.round(Math.max(0, ...run.scrollTasks)),
			slowFramePct: Number(share(33).toFixed(2)),
			over50FramePct: Number(share(50).toFixed(2)),
			p95FrameMs: Number((sorted[Math.floor(sorted.length * 0.95)] ?? NaN).toFixed(1)),
			frames: frames.length,
			loadLongTasks: run.loadTasks.length,
			loadLongestTaskMs: Math.round(Math.max(0, ...run.loadTasks)),
			scrollHeight: bottom.height,
			hydrations: run.hydrations.length,
			hydrateMaxMs: Math.round(Math.max(0, ...run.hydrations)),
			hydrateTotalMs: Math.round(run.hydrations.reduce((a, b) => a + b, 0)),
			ms: Date.now() - t
		};
	} finally {
		await browser.close();
	}
}

/**
 * `runs` scroll runs of each page at each size; within a size the pages take turns, so they
 * (the story and its floor, or builds side by side) meet the machine's load alike. Medians of
 * each figure. Pages for which `reduced(page)` is true are scrolled under reduced motion.
 * @param {{ pages: string[], sizes: Size[], runs: number, urlOf: (page: string) => string,
 *   chromePath: string, step: number, speed: number, reduced?: (page: string) => boolean }} o
 * @returns {Promise<SizeResult[]>}
 */
export async function benchScroll({
	pages,
	sizes,
	runs,
	urlOf,
	chromePath,
	step,
	speed,
	reduced = () => false
}) {
	/** @type {SizeResult[]} */
	const out = [];
	for (const size of sizes) {
		/** @type {Record<string, ScrollResult>} */
		const results = {};
		for (const page of pages) results[page] = { runs: [], errors: [], median: null };
		for (let i = 1; i <= runs; i++) {
			for (const page of pages) {
				process.stdout.write(
					`Scroll ${page} ${size.name}${size.touch ? ' touch' : ''} ${i}/${runs}… `
				);
				try {
					const m = await scrollRun({
						url: urlOf(page),
						size,
						chromePath,
						step,
						speed,
						reducedMotion: reduced(page)
					});
					results[page].runs.push(m);
					console.log(
						`${m.longTasks} long tasks, longest ${m.longestTaskMs} ms, ${m.slowFramePct} % of ${m.frames} frames > 33 ms (${secs(m.ms)})`
					);
				} catch (e) {
					results[page].errors.push(message(e));
					console.log(`failed: ${message(e)}`);
				}
			}
		}
		for (const page of pages) results[page].median = medians(results[page].runs);
		out.push({
			size: `${size.width}x${size.height}`,
			width: size.width,
			height: size.height,
			touch: size.touch,
			pages: results
		});
	}
	return out;
}
