// What each change of step costs at rest: `node bench/steps.js [--url URL] [--size 1280x800]
// [--rate 4] [--wait 1300]`. Not part of `npm run bench`.
//
// The scroll run (bench/scroll.js) mixes hydration, scroll handling and step changes, and
// varies run to run; this walks the story's steps one by one in story order, each by one jump
// of the scroll to where its card meets the trigger line, after every chart has hydrated (the
// walk is done once unthrottled first), under CDP CPU throttling while CDP Tracing records the
// renderer's main thread. For each step it prints the tasks until the next step's jump: the
// longest, how many took over 50 and over 33 ms, all of them together, and the style and
// layout work among them (with the layout roots: `#document` is the whole page laid out), and
// the largest events inside the longest task.
import { parseArgs } from 'node:util';
import { launchChromium } from './common.js';
import { hydrated } from './page.js';

const { values: args } = parseArgs({
	options: {
		url: { type: 'string', default: 'http://127.0.0.1:4173/' },
		size: { type: 'string', default: '1280x800' },
		rate: { type: 'string', default: '4' },
		wait: { type: 'string', default: '1300' }
	}
});
const [width, height] = args.size.split('x').map(Number);
const touch = width < 768;

const browser = await launchChromium();
const context = await browser.newContext({
	viewport: { width, height },
	deviceScaleFactor: touch ? 2 : 1,
	isMobile: touch,
	hasTouch: touch
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(args.url, { waitUntil: 'load' });
await page.waitForLoadState('networkidle');

/** @type {string[]} */
const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
/** Scrolls `id`'s card just past its section's trigger line, marking the moment. */
const jump = (/** @type {string} */ id) =>
	page.evaluate((id) => {
		const el = /** @type {HTMLElement} */ (document.getElementById(id));
		const scrolly = /** @type {HTMLElement} */ (el.closest('[data-trigger-line]'));
		performance.mark(`steps:${id}`);
		const line = Number(scrolly.dataset.triggerLine);
		scrollTo(0, el.getBoundingClientRect().top + scrollY - line + 8);
	}, id);

for (const id of steps) {
	await jump(id);
	await page.waitForTimeout(400);
}
await page.waitForFunction(hydrated, null, { timeout: 60_000 });
await page.waitForFunction(
	() =>
		[...document.querySelectorAll('[data-chart-island]')].every(
			(e) => e.getAttribute('data-hydrated') === 'true'
		),
	null,
	{ timeout: 60_000 }
);
await jump(steps[0]);
await page.waitForTimeout(3000);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.rate) });
await browser.startTracing(page, {
	categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing']
});
for (const id of steps.slice(1)) {
	await jump(id);
	await page.waitForTimeout(Number(args.wait));
}
await page.evaluate(() => performance.mark('steps:end'));
/** @type {any[]} */
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
await browser.close();

const marks = events
	.filter((e) => e.name?.startsWith('steps:') && (e.ph === 'R' || e.ph === 'I'))
	.sort((a, b) => a.ts - b.ts);
if (marks.length < 2) throw new Error('no step marks in the trace');
const { pid, tid } = marks[0];
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
// A step's change starts with the task that made its jump (the mark is inside it).
/** @param {any} mark */
const startOf = (mark) =>
	main.find((e) => e.name === 'RunTask' && e.ts <= mark.ts && e.ts + e.dur >= mark.ts)?.ts ??
	mark.ts;
/** @param {any[]} list @param {string} name */
const ms = (list, name) =>
	list.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur / 1000, 0);

console.log(`${steps.length - 1} step changes at rest, ${args.size} at ${args.rate}× CPU`);
// Columns: longest task, tasks over 50 and over 33 ms, all tasks, style and layout, in ms.
const WIDTHS = [7, 4, 4, 7, 7, 7];
/** @param {(string | number)[]} cells */
const row = (cells) =>
	cells
		.map((v, j) => (typeof v === 'number' && j !== 1 && j !== 2 ? v.toFixed(0) : String(v)))
		.map((v, j) => v.padStart(WIDTHS[j]))
		.join('');
const HEAD = ['longest', '>50', '>33', 'tasks', 'style', 'layout'];
console.log(`${'step'.padEnd(22)} ${row(HEAD)}  layout roots  [the longest task's largest events]`);
const total = { long: 0, slow: 0, longest: 0, tasks: 0, style: 0, layout: 0 };
for (let i = 0; i + 1 < marks.length; i++) {
	const [from, to] = [startOf(marks[i]), startOf(marks[i + 1])];
	const inside = main.filter((e) => e.ts >= from && e.ts < to);
	const tasks = inside.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000);
	const longest = Math.max(0, ...tasks);
	const long = tasks.filter((t) => t > 50).length;
	const slow = tasks.filter((t) => t > 33).length;
	const all = tasks.reduce((a, b) => a + b, 0);
	const style = ms(inside, 'UpdateLayoutTree');
	const layout = ms(inside, 'Layout');
	// What filled the longest task: its largest events (a timer, a frame, a GC), in ms.
	const top = inside.find((e) => e.name === 'RunTask' && e.dur / 1000 === longest);
	const within = top
		? inside
				.filter((e) => e !== top && e.ts >= top.ts && e.ts < top.ts + top.dur)
				.filter((e) => !e.name.includes('RunTask') && e.dur > 5000)
				.sort((a, b) => b.dur - a.dur)
				.slice(0, 3)
				.map((e) => `${e.name} ${(e.dur / 1000).toFixed(0)}`)
		: [];
	const roots = new Set(
		inside
			.filter((e) => e.name === 'Layout')
			.flatMap((e) =>
				(e.args?.endData?.layoutRoots ?? []).map((/** @type {any} */ r) => r.nodeName)
			)
	);
	Object.assign(total, {
		long: total.long + long,
		slow: total.slow + slow,
		longest: Math.max(total.longest, longest),
		tasks: total.tasks + all,
		style: total.style + style,
		layout: total.layout + layout
	});
	const cells = row([longest, long, slow, all, style, layout]);
	const name = marks[i].name.slice(6).padEnd(22);
	console.log(`${name} ${cells}  ${[...roots].join(', ')}  [${within.join(', ')}]`);
}
const sums = [total.longest, total.long, total.slow, total.tasks, total.style, total.layout];
console.log(`${'all'.padEnd(22)} ${row(sums)}`);
