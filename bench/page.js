// A page made ready for a scroll, and its frames counted, as the scroll tools need them: the
// scroll run (scroll.js), loaf.js, frames.js and blame.js open the page here, and all but
// loaf.js (which takes the browser's own frames) count its frames here, so they count alike.
/** @typedef {import('./common.js').Size} Size */

/**
 * Whether the page's own hydration has run (or the page has no script, as the floor): each
 * scroll engine sets its trigger line once mounted. At 4× CPU the story can hydrate later than
 * a second after the network went idle; the scroll must not start before, or the page's
 * hydration counts as a long task of the scroll.
 */
export const hydrated = () =>
	!document.querySelector('script:not([type]), script[type="module"]') ||
	[...document.querySelectorAll('[data-trigger-line]')].every(
		(e) => e.getAttribute('data-trigger-line') !== '0'
	);

/**
 * A browser context's options for a size: a phone (touch) at device pixel ratio 2, unless
 * `dpr` says otherwise (a diagnostic: the bench's runs keep 2).
 * @param {Size} size
 * @param {boolean} [reducedMotion]
 * @param {number} [dpr]
 */
export const contextFor = (size, reducedMotion = false, dpr = size.touch ? 2 : 1) => ({
	viewport: { width: size.width, height: size.height },
	deviceScaleFactor: dpr,
	isMobile: size.touch,
	hasTouch: size.touch,
	reducedMotion: reducedMotion
		? /** @type {const} */ ('reduce')
		: /** @type {const} */ ('no-preference')
});

/**
 * Opens `url` in a new context of `browser` as the scroll run does: `size` (touch and a pixel
 * ratio of 2 if it is a phone's, or `dpr`, see contextFor), CPU throttled `rate` times, `init`
 * (a function, or a script's text) run in the page before its own scripts, `css` added once
 * it is parsed, each change of the attribute `watch` recorded (changesOf), then loaded, the
 * network idle, the page's own hydration done, and a second on.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, size: Size, rate?: number, reducedMotion?: boolean, dpr?: number,
 *   init?: (() => void) | string, css?: string, watch?: string }} o
 */
export async function openForScroll(
	browser,
	{ url, size, rate = 4, reducedMotion, dpr, init, css, watch }
) {
	const context = await browser.newContext(contextFor(size, reducedMotion, dpr));
	const page = await context.newPage();
	if (init) await page.addInitScript(init);
	if (css) await page.addInitScript(addStyle, css);
	if (watch) await page.addInitScript(watchAttribute, watch);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForFunction(hydrated, null, { timeout: 60_000 });
	await page.waitForTimeout(1000);
	return { context, page, cdp };
}

/**
 * Run in the page before its scripts: `css` in a style element of its own, last in the head
 * (so it wins over the page's rules of the same weight), once the document is parsed.
 * @param {string} css
 */
function addStyle(css) {
	addEventListener('DOMContentLoaded', () => {
		const style = document.createElement('style');
		style.textContent = css;
		document.head.append(style);
	});
}

/**
 * Run in the page before its scripts: records each change of attribute `name` anywhere in the
 * body as [time, value, the element's `data-chart`] (a section marks its step, a chart's figure
 * its state), both read when the observer's callback runs: of two changes in one batch, each
 * records the later value.
 * @param {string} name
 */
function watchAttribute(name) {
	const w = /** @type {any} */ (window);
	w.__changes = [];
	addEventListener('DOMContentLoaded', () =>
		new MutationObserver((list) => {
			for (const m of list) {
				const el = /** @type {Element} */ (m.target);
				w.__changes.push([performance.now(), el.getAttribute(name), el.getAttribute('data-chart')]);
			}
		}).observe(document.body, { subtree: true, attributes: true, attributeFilter: [name] })
	);
}

/**
 * The changes of the attribute openForScroll was told to `watch`, as watchAttribute records them.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<[number, string | null, string | null][]>}
 */
export const changesOf = (page) => page.evaluate(() => /** @type {any} */ (window).__changes ?? []);

/**
 * Starts counting the page's frames as the scroll run counts them: the interval between two
 * requestAnimationFrame callbacks, kept when it ends within 100 ms of a scroll event (the
 * pauses between steps do not count). Returns the page's clock when it started.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
export const countFrames = (page) =>
	page.evaluate(() => {
		const w = /** @type {any} */ (window);
		/** @type {[number, number][]} */
		const frames = (w.__benchFrames = []);
		let lastScroll = -Infinity;
		let last = performance.now();
		w.__benchRecording = true;
		addEventListener('scroll', () => (lastScroll = performance.now()));
		const tick = (/** @type {number} */ now) => {
			if (now - lastScroll < 100) frames.push([last, now]);
			last = now;
			if (w.__benchRecording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		return performance.now();
	});

/**
 * Stops counting; returns each counted frame as [start, end] on the page's clock.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<[number, number][]>}
 */
export const countedFrames = (page) =>
	page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__benchRecording = false;
		return w.__benchFrames;
	});
