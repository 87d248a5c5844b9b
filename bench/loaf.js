// Which work makes the scroll's long frames, as the browser itself reports them:
// `node bench/loaf.js [--url URL] [--sizes 1280x800,375x667] [--runs 2] [--min 50]
// [--reduced-motion]`. Not part of `npm run bench`.
//
// Scrolls as the bench's scroll run does (bench/scroll.js: 4× CPU throttling, wheel steps on a
// desktop window, a finger's drags on a phone) and lists each frame over --min ms that the Long
// Animation Frames API reports (PerformanceObserver, 'long-animation-frame'): its length, the
// step on screen and how long before the frame it changed, its rendering in ms (animation
// frame callbacks, style, layout, paint) and from style on (style, layout, paint), each script in
// it (the API names those over 5 ms): what invoked it, where it starts (file:character; build
// with `npm run build -- --minify false` for names), its forced style and layout. The API costs
// the page next to nothing, unlike CDP tracing (bench/frames.js, bench/profile.js), so these
// lengths are the bench's own. Then, per size, the frames by the work that held them longest.
import { parseArgs } from 'node:util';
import { SCROLL, launchChromium } from './common.js';
import { changesOf, openForScroll } from './page.js';
import { parseSizes, scrollDownAndUp } from './scroll.js';

const { values: args } = parseArgs({
	options: {
		url: { type: 'string', default: 'http://127.0.0.1:4173/' },
		sizes: { type: 'string', default: '1280x800,375x667' },
		runs: { type: 'string', default: '2' },
		min: { type: 'string', default: '50' },
		'reduced-motion': { type: 'boolean', default: false }
	}
});
const sizes = parseSizes(args.sizes);
const [runs, min] = [Number(args.runs), Number(args.min)];
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${args.runs}" is not 1 or more`);
// Chromium reports no frame under 50 ms.
if (!(min >= 50)) throw new Error(`--min: "${args.min}" is not 50 ms or more`);

/** @typedef {{ invoker: string, duration: number, forcedStyleAndLayoutDuration: number,
 *   sourceURL: string, sourceFunctionName: string, sourceCharPosition: number }} Script */
/** @typedef {{ startTime: number, duration: number, renderStart: number,
 *   styleAndLayoutStart: number, scripts: Script[] }} Frame */

/** The kind of work a script was, by what invoked it. */
function scriptKind(/** @type {Script} */ s) {
	if (s.invoker.startsWith('IntersectionObserver')) return "an observer's callback (a step)";
	if (/PostTask|IdleRequest|IdleCallback/.test(s.invoker)) return 'the idle queue (hydration)';
	if (s.invoker.startsWith('FrameRequestCallback')) return 'an animation frame callback';
	if (s.invoker.startsWith('ResizeObserver')) return "a resize observer's callback";
	if (s.invoker.startsWith('TimerHandler')) return 'a timer';
	return s.invoker.slice(0, 40);
}

/**
 * What held a frame longest: the kind of script that took most of it, all its scripts of
 * that kind together (a step's hurried hydration is three timers in one frame), or its
 * rendering if that took longer. Scripts' forced style and layout count as the script's.
 */
function kindOf(/** @type {Frame} */ f) {
	/** @type {Record<string, number>} */
	const byKind = {};
	for (const s of f.scripts) {
		const kind = scriptKind(s);
		byKind[kind] = (byKind[kind] ?? 0) + s.duration;
	}
	const [top, ms] = Object.entries(byKind).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
	const render = f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
	if (render >= ms && render > f.duration / 4) return 'rendering';
	return ms > 0 ? top : 'other (no script over 5 ms: input, GC, the machine)';
}

const browser = await launchChromium();
try {
	for (const size of sizes) {
		/** @type {Record<string, { n: number, ms: number }>} */
		const kinds = {};
		let counted = 0;
		for (let run = 1; run <= runs; run++) {
			console.log(`\n${size.name}${size.touch ? ' touch' : ''}, run ${run}/${runs}:`);
			const { context, page, cdp } = await openForScroll(browser, {
				url: args.url,
				size,
				reducedMotion: args['reduced-motion'],
				// Each step change, as the sections mark it, with its time.
				watch: 'data-active-step',
				init: () => {
					const w = /** @type {any} */ (window);
					w.__loaf = [];
					new PerformanceObserver((l) =>
						w.__loaf.push(...l.getEntries().map((e) => e.toJSON()))
					).observe({ type: 'long-animation-frame', buffered: true });
				}
			});
			const start = await page.evaluate(() => performance.now());
			await scrollDownAndUp(page, cdp, size, SCROLL);
			// The last frames' entries arrive a moment after them.
			await page.waitForTimeout(300);
			const frames = await page.evaluate(
				() => /** @type {Frame[]} */ (/** @type {any} */ (window).__loaf)
			);
			const steps = await changesOf(page);
			await context.close();
			for (const f of frames.filter((f) => f.startTime >= start && f.duration > min)) {
				counted++;
				const kind = kindOf(f);
				kinds[kind] ??= { n: 0, ms: 0 };
				kinds[kind].n++;
				kinds[kind].ms += f.duration;
				const end = f.startTime + f.duration;
				const step = steps.filter(([t]) => t <= end).at(-1);
				// The step may have changed within the frame (its observer's callback began it).
				const ago = step ? Math.round(f.startTime - step[0]) : 0;
				const since = !step ? '-' : ago < 0 ? `${step[1]}, new in it` : `${step[1]}, ${ago} ms on`;
				const render = f.renderStart ? Math.round(end - f.renderStart) : 0;
				const layout = f.styleAndLayoutStart ? Math.round(end - f.styleAndLayoutStart) : 0;
				const scripts = f.scripts.map((s) => {
					const at = `${s.sourceFunctionName || ''}@${s.sourceURL.split('/').pop()}:${s.sourceCharPosition}`;
					const forced =
						s.forcedStyleAndLayoutDuration > 1
							? `, forced ${Math.round(s.forcedStyleAndLayoutDuration)}`
							: '';
					return `${s.invoker.slice(0, 40)} ${at} ${Math.round(s.duration)} ms${forced}`;
				});
				console.log(
					`  ${Math.round(f.duration)} ms [${since}] rendering ${render} (style, layout and paint ${layout}) ${kind}`
				);
				for (const s of scripts) console.log(`      ${s}`);
			}
		}
		console.log(
			`\n${size.name}: ${counted} frames over ${min} ms in ${runs} run(s), by what held them:`
		);
		for (const [kind, { n, ms }] of Object.entries(kinds).sort((a, b) => b[1].n - a[1].n))
			console.log(`  ${String(n).padStart(4)}  ${String(Math.round(ms)).padStart(6)} ms  ${kind}`);
	}
} finally {
	await browser.close();
}
