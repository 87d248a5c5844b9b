// Which chart's work the scroll's slow frames follow: `node bench/blame.js [--url URL]
// [--sizes 1280x800,375x667] [--runs 2] [--after 700] [--detail] [--reduced-motion]
// [--css RULES] [--init SCRIPT] [--dpr N]`. Not part of `npm run bench`.
//
// To try a change without building it: --css adds rules to the page (components' rules carry
// a scoping class, so mark yours !important: `.card { box-shadow: none !important }`), --init
// runs a script's text before the page's own (e.g. one that makes Element.prototype.animate
// run SVG marks' glides in no time), --dpr sets the pixel ratio (the bench's phone has 2: at 1,
// raster has a quarter of the pixels). Compare runs of this tool with each other, in one
// sitting: a machine's share of slow frames drifts from day to day, and with Chromium's version.
//
// Scrolls as the scroll run does (bench/scroll.js, page.js: 4× CPU, the same frames counted)
// and puts each frame over 33 ms down to what came just before it: a chart's hydration that
// overlaps it (ChartIsland's `within-range:hydrate:*` measures), else a chart's change of state
// (`data-chart-state` on its figure) within --after ms before its end (a change's motion and
// late work included; its first frames are the change's own; of several changes, the last),
// else neither. A hydration's measure covers its hydrate() call only: the work around it (its
// views, its first props) falls under a change of state or neither. --detail splits each
// chart's frames by 100 ms since the change. Shares are of all frames counted. Nothing is
// traced, so the share of slow frames is the scroll run's own, run to run as noisy.
import { parseArgs } from 'node:util';
import { SCROLL, launchChromium } from './common.js';
import { changesOf, countFrames, countedFrames, openForScroll } from './page.js';
import { parseSizes, scrollDownAndUp } from './scroll.js';

const { values: args } = parseArgs({
	options: {
		url: { type: 'string', default: 'http://127.0.0.1:4173/' },
		sizes: { type: 'string', default: '1280x800,375x667' },
		runs: { type: 'string', default: '2' },
		after: { type: 'string', default: '700' },
		detail: { type: 'boolean', default: false },
		'reduced-motion': { type: 'boolean', default: false },
		css: { type: 'string' },
		init: { type: 'string' },
		dpr: { type: 'string' }
	}
});
const sizes = parseSizes(args.sizes);
const [runs, after] = [Number(args.runs), Number(args.after)];
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${args.runs}" is not 1 or more`);
if (!(after > 0)) throw new Error(`--after: "${args.after}" is not a number of ms over 0`);
const dpr = args.dpr === undefined ? undefined : Number(args.dpr);
if (dpr !== undefined && !(dpr > 0 && dpr <= 4))
	throw new Error(`--dpr: "${args.dpr}" is not a pixel ratio from 0 to 4`);

const browser = await launchChromium();
try {
	for (const size of sizes) {
		/** @type {Record<string, number>} */
		const blame = {};
		let [slow, all] = [0, 0];
		for (let run = 1; run <= runs; run++) {
			const { context, page, cdp } = await openForScroll(browser, {
				url: args.url,
				size,
				watch: 'data-chart-state',
				reducedMotion: args['reduced-motion'],
				dpr,
				css: args.css,
				init: args.init
			});
			await countFrames(page);
			await scrollDownAndUp(page, cdp, size, SCROLL);
			await page.waitForTimeout(300);
			const frames = await countedFrames(page);
			const states = await changesOf(page);
			const hydrations = await page.evaluate(() =>
				performance
					.getEntriesByType('measure')
					.filter((m) => m.name.startsWith('within-range:hydrate:'))
					.map((m) => /** @type {const} */ ([m.startTime, m.duration, m.name.slice(21)]))
			);
			await context.close();
			all += frames.length;
			for (const [start, end] of frames.filter(([a, b]) => b - a > 33)) {
				slow++;
				const hydration = hydrations.find(([t, d]) => t < end && t + d > start);
				const change = states.filter(([t]) => t <= end && end - t < after).at(-1);
				const key = hydration
					? `hydration of ${hydration[2]}`
					: change
						? `state of ${change[2]}` +
							(args.detail ? ` +${Math.floor((end - change[0]) / 100) * 100} ms` : '')
						: 'neither';
				blame[key] = (blame[key] ?? 0) + 1;
			}
		}
		const pct = (/** @type {number} */ n) => ((100 * n) / Math.max(1, all)).toFixed(2);
		console.log(
			`\n${size.name}${size.touch ? ' touch' : ''}${dpr ? ` at ${dpr}x` : ''}, ${runs} run(s): ${slow} of ${all} frames over 33 ms (${pct(slow)} %), after:`
		);
		for (const [key, n] of Object.entries(blame).sort(
			(a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
		))
			console.log(`${String(n).padStart(6)}  ${pct(n).padStart(5)} %  ${key}`);
	}
} finally {
	await browser.close();
}
