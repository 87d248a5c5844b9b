// Why the scroll's slow frames are slow: `node bench/frames.js [--url URL] [--size 1280x800]
// [--rate 4] [--reduced-motion] [--list]`. Not part of `npm run bench`.
//
// Scrolls as bench/scroll.js does at one size (smooth wheel steps down and back up on a
// desktop window, a finger's drags on a phone: --size 375x667) under CDP CPU throttling, counting frames as it does (intervals between
// requestAnimationFrame callbacks within 100 ms of a scroll event), while CDP Tracing records
// the renderer's main thread. Each interval over 33 ms (at 60 Hz, one missed refresh is
// already 33.3 ms) is put in one of three kinds by what the main thread did inside it: one
// long task (over 33 ms, filling at least half of it), busy at least half of it with no such
// task, or main thread mostly idle (the frame was held up elsewhere: the compositor, raster,
// the machine). Then the main thread's time per counted frame by event. Tracing slows the page:
// compare runs of this tool with each other, never with the bench's figures.
import { parseArgs } from 'node:util';
import { SCROLL, launchChromium } from './common.js';
import { countFrames, countedFrames, openForScroll } from './page.js';
import { parseSizes, scrollDownAndUp } from './scroll.js';

const { values: args } = parseArgs({
	options: {
		url: { type: 'string', default: 'http://127.0.0.1:4173/' },
		size: { type: 'string', default: '1280x800' },
		rate: { type: 'string', default: '4' },
		'reduced-motion': { type: 'boolean', default: false },
		list: { type: 'boolean', default: false }
	}
});
const [size] = parseSizes(args.size);

const browser = await launchChromium();
const { page, cdp } = await openForScroll(browser, {
	url: args.url,
	size,
	rate: Number(args.rate),
	reducedMotion: args['reduced-motion']
});
await browser.startTracing(page, {
	categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing']
});
await countFrames(page);
// The page's clock at the trace's mark (no frame counts before it: none is near a scroll yet).
const start = await page.evaluate(() => performance.mark('frames:start').startTime);
await scrollDownAndUp(page, cdp, size, SCROLL);
const frames = await countedFrames(page);
/** @type {any[]} */
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
await browser.close();

// The page's clock against the trace's (µs): the mark is in both.
const mark = events.find((e) => e.name === 'frames:start');
if (!mark) throw new Error('no start mark in the trace');
const us = (/** @type {number} */ ms) => mark.ts + (ms - start) * 1000;
const main = events.filter(
	(e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts >= mark.ts
);
const tasks = main.filter((e) => e.name === 'RunTask');
/** @param {any} e */
const nameOf = (e) => {
	const d = e.args?.data ?? {};
	if (e.name === 'FunctionCall')
		return `FunctionCall ${d.functionName || '?'} ${(d.url ?? '').split('/').pop()}`;
	if (e.name === 'EventDispatch') return `EventDispatch ${d.type}`;
	return e.name;
};

const slow = frames.filter(([a, b]) => b - a > 33);
const share = ((100 * slow.length) / Math.max(1, frames.length)).toFixed(2);
console.log(`${frames.length} frames while scrolling, ${slow.length} over 33 ms (${share} %)`);
const LONG = 'one long task';
const BUSY = 'busy half of it or more, no long task';
const IDLE = 'main thread mostly idle';
const kinds = { [LONG]: 0, [BUSY]: 0, [IDLE]: 0 };
for (const [a, b] of slow) {
	const [from, to] = [us(a), us(b)];
	// Each task's part inside the frame, µs.
	const inside = tasks
		.map((t) => ({ t, part: Math.min(to, t.ts + t.dur) - Math.max(from, t.ts) }))
		.filter(({ part }) => part > 0)
		.sort((x, y) => y.part - x.part);
	const busy = inside.reduce((sum, { part }) => sum + part, 0);
	const top = inside[0]?.t;
	// A long task that filled most of the frame, not one that only began or ended in it.
	const kind =
		top && top.dur > 33_000 && inside[0].part >= (to - from) / 2
			? LONG
			: busy >= (to - from) / 2
				? BUSY
				: IDLE;
	kinds[kind]++;
	if (!args.list) continue;
	const what = top
		? main
				.filter((e) => e.ts >= top.ts && e.ts < top.ts + top.dur && e !== top)
				.filter((e) => !e.name.includes('RunTask') && e.dur > 3000)
				.sort((x, y) => y.dur - x.dur)
				.slice(0, 3)
				.map((e) => `${nameOf(e)} ${(e.dur / 1000).toFixed(0)}`)
		: [];
	const line = `+${(a - start).toFixed(0)} ms: ${(b - a).toFixed(0)} ms, ${kind}`;
	console.log(`  ${line}, busy ${(busy / 1000).toFixed(0)} ms [${what.join(', ')}]`);
}
console.log(kinds);
// Per counted frame, what the main thread did in the counted frames (events that began in one;
// nested events count in each): the pauses between gestures left out.
const spans = frames.map(([a, b]) => [us(a), us(b)]);
/** @param {number} ts */
const counted = (ts) => {
	let [lo, hi] = [0, spans.length - 1];
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (ts < spans[mid][0]) hi = mid - 1;
		else if (ts >= spans[mid][1]) lo = mid + 1;
		else return true;
	}
	return false;
};
/** @type {Record<string, number>} */
const by = {};
let all = 0;
for (const e of main) {
	if (!counted(e.ts)) continue;
	if (e.name === 'RunTask') all += e.dur;
	else if (!e.name.includes('RunTask')) by[nameOf(e)] = (by[nameOf(e)] ?? 0) + e.dur;
}
const perFrame = (/** @type {number} */ v) => (v / 1000 / Math.max(1, frames.length)).toFixed(2);
console.log(`main thread per frame: ${perFrame(all)} ms in tasks; by event:`);
for (const [name, v] of Object.entries(by)
	.sort((x, y) => y[1] - x[1])
	.slice(0, 15))
	console.log(`${perFrame(v).padStart(7)}  ${name}`);
