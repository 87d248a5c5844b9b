// Where the scroll's long tasks come from: `node bench/profile.js [--url URL] [--size 1280x800]
// [--rate 4] [--out trace.json] [--over 50]`. Not part of `npm run bench`.
//
// Drives the scroll of bench/scroll.js (smooth wheel steps down and back up; a finger's drags
// narrower than 768 px is not done here: wheel only) under CDP CPU throttling while CDP Tracing
// records the renderer's main thread and V8's sampling profiler, then prints every task over
// --over ms after the scroll starts, with what ran inside it: the chart hydrations
// (ChartIsland's `within-range:hydrate:*` measures), the callbacks (timers, frames, observers,
// events), style, layout, paint and GC, and the components (functions) whose samples took the
// most of it. Serve a build with `npm run build -- --minify false` for readable names.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SCROLL, launchChromium } from './common.js';
import { hydrated } from './page.js';
import { wheelDownAndUp } from './scroll.js';

const { values: args } = parseArgs({
	options: {
		url: { type: 'string', default: 'http://127.0.0.1:4173/' },
		size: { type: 'string', default: '1280x800' },
		rate: { type: 'string', default: '4' },
		out: { type: 'string' },
		over: { type: 'string', default: '50' },
		step: { type: 'string', default: String(SCROLL.step) },
		speed: { type: 'string', default: String(SCROLL.speed) },
		wait: { type: 'string', default: '1000' },
		'no-wait-hydrated': { type: 'boolean', default: false },
		light: { type: 'boolean', default: false }
	}
});
const [width, height] = args.size.split('x').map(Number);
const OVER = Number(args.over) * 1000;

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler',
	'blink.user_timing',
	'toplevel'
];

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width, height } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.rate) });
// --light: without V8's sampling profiler, which slows the page several times over.
const categories = args.light ? CATEGORIES.filter((c) => !c.includes('cpu_profiler')) : CATEGORIES;
await cdp.send('Tracing.start', {
	transferMode: 'ReturnAsStream',
	traceConfig: { includedCategories: categories, recordMode: 'recordContinuously' }
});
await page.goto(args.url, { waitUntil: 'load' });
await page.waitForLoadState('networkidle');
if (!args['no-wait-hydrated']) await page.waitForFunction(hydrated, null, { timeout: 60_000 });
await page.waitForTimeout(Number(args.wait));
await page.evaluate(() => performance.mark('profile:scroll'));
await wheelDownAndUp(page, cdp, {
	width,
	height,
	step: Number(args.step),
	speed: Number(args.speed)
});
await page.waitForTimeout(300);
await page.evaluate(() => performance.mark('profile:end'));
const hydrations = await page.evaluate(() =>
	performance
		.getEntriesByType('measure')
		.filter((m) => m.name.startsWith('within-range:hydrate:'))
		.map((m) => `${m.name.slice(21)} ${Math.round(m.duration)} ms`)
);
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.end');
const { stream } = /** @type {{ stream: string }} */ (await done);
let text = '';
for (;;) {
	const chunk = await cdp.send('IO.read', { handle: stream });
	text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
	if (chunk.eof) break;
}
await browser.close();
if (args.out) writeFileSync(args.out, text);

/** @type {any[]} */
const events = JSON.parse(text).traceEvents ?? JSON.parse(text);
// The page's main thread: the renderer thread that recorded our mark.
const mark = events.find((e) => e.name === 'profile:scroll');
const end = events.find((e) => e.name === 'profile:end');
if (!mark) throw new Error('no scroll mark in the trace');
const { pid, tid } = mark;
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
const tasks = main.filter(
	(e) => e.name === 'RunTask' && e.dur > OVER && e.ts >= mark.ts && e.ts <= end.ts
);
const measures = events.filter(
	(e) => e.pid === pid && e.name?.startsWith('within-range:') && (e.ph === 'b' || e.ph === 'e')
);

// V8's samples: each sample's stack as function names with their file.
/** @type {Map<number, any>} */
const nodes = new Map();
/** @type {{ ts: number, node: number }[]} */
const samples = [];
for (const e of events) {
	if (e.pid !== pid || e.name !== 'ProfileChunk') continue;
	const data = e.args?.data ?? {};
	for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
	let ts = samples.length ? samples[samples.length - 1].ts : 0;
	const start = events.find((p) => p.name === 'Profile' && p.pid === pid && p.id === e.id);
	if (!samples.length && start) ts = start.args.data.startTime;
	(data.cpuProfile?.samples ?? []).forEach(
		(/** @type {number} */ node, /** @type {number} */ i) => {
			ts += data.timeDeltas[i];
			samples.push({ ts, node });
		}
	);
}
/** @param {number} id */
const stackOf = (id) => {
	const out = [];
	for (let n = nodes.get(id); n; n = nodes.get(n.parent)) {
		const f = n.callFrame;
		const file = (f.url || '').split('/').pop();
		out.push({ name: f.functionName || '(anonymous)', file, line: f.lineNumber });
	}
	return out;
};

const kinds = /** @type {Record<string, string>} */ ({
	UpdateLayoutTree: 'style',
	Layout: 'layout',
	Paint: 'paint',
	PrePaint: 'paint',
	Layerize: 'paint',
	MinorGC: 'gc',
	MajorGC: 'gc',
	'V8.GC_SCAVENGER': 'gc',
	'V8.GC_MC_BACKGROUND_MARKING': 'gc',
	HitTest: 'hittest',
	EvaluateScript: 'script-eval',
	'v8.compile': 'compile',
	'v8.compileModule': 'compile',
	ParseHTML: 'parse'
});
console.log(`hydrations: ${hydrations.join(', ')}`);
const fmt = (/** @type {number} */ us) => (us / 1000).toFixed(0);
const sinceScroll = (/** @type {number} */ ts) => ((ts - mark.ts) / 1000).toFixed(0);
console.log(
	`${tasks.length} tasks over ${args.over} ms between the scroll's start and end (${((end.ts - mark.ts) / 1e6).toFixed(1)} s), ${args.size} at ${args.rate}× CPU`
);
for (const t of tasks) {
	const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
	/** @type {Record<string, number>} */
	const byKind = {};
	for (const e of inside) {
		const k = kinds[e.name];
		if (k) byKind[k] = (byKind[k] ?? 0) + e.dur;
	}
	const entry = inside
		.filter((e) =>
			[
				'TimerFire',
				'FireAnimationFrame',
				'EventDispatch',
				'FunctionCall',
				'FireIdleCallback',
				'ResizeObserverCallback',
				'IntersectionObserverCallback',
				'v8.run'
			].includes(e.name)
		)
		.slice(0, 6)
		.map((e) => {
			const d = e.args?.data ?? {};
			const what = d.type || d.functionName || d.url?.split('/').pop() || '';
			return `${e.name}${what ? `(${what})` : ''} ${fmt(e.dur)}`;
		});
	const hydrations = [];
	for (const b of measures.filter((m) => m.ph === 'b')) {
		const e = measures.find(
			(m) => m.ph === 'e' && m.id2?.local === b.id2?.local && m.name === b.name
		);
		const ts = b.ts;
		const te = e ? e.ts : b.ts;
		if (ts >= t.ts - 1000 && te <= t.ts + t.dur + 1000)
			hydrations.push(`${b.name.replace('within-range:hydrate:', 'hydrate ')} ${fmt(te - ts)}`);
	}
	// Samples in the task: the most expensive named functions, inclusive, from the app's files.
	const within = samples.filter((s) => s.ts >= t.ts && s.ts <= t.ts + t.dur);
	/** @type {Map<string, number>} */
	const inclusive = new Map();
	/** @type {Map<string, number>} */
	const self = new Map();
	for (let i = 0; i < within.length; i++) {
		const dt = (within[i + 1]?.ts ?? t.ts + t.dur) - within[i].ts;
		const stack = stackOf(within[i].node);
		const top = stack[0];
		if (top) self.set(`${top.name} ${top.file}`, (self.get(`${top.name} ${top.file}`) ?? 0) + dt);
		const seen = new Set();
		for (const f of stack) {
			if (!f.file || f.name === '(anonymous)') continue;
			const key = `${f.name} ${f.file}`;
			if (seen.has(key)) continue;
			seen.add(key);
			inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
		}
	}
	const top = (/** @type {Map<string, number>} */ m, n = 8) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, v]) => `${k} ${fmt(v)}`)
			.join(' · ');
	console.log(`\n+${sinceScroll(t.ts)} ms: task ${fmt(t.dur)} ms`);
	if (hydrations.length) console.log(`  measures: ${hydrations.join(', ')}`);
	console.log(`  entry: ${entry.join(', ')}`);
	console.log(
		`  kinds: ${Object.entries(byKind)
			.map(([k, v]) => `${k} ${fmt(v)}`)
			.join(', ')}`
	);
	console.log(`  inclusive: ${top(inclusive, 14)}`);
	console.log(`  self: ${top(self, 8)}`);
}
