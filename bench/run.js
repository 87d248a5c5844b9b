// The performance benchmark: `npm run bench [-- options]`. Not part of `npm test`.
//
// 1. Builds the site (`npm run build`, unless --no-build) and weighs it against budget.json.
// 2. Serves build/ on loopback with gzip (scripts/serve.js), as a real host would.
// 3. Runs Lighthouse (mobile, default simulated throttling) --runs times (3) on the story and
//    each chart's embed page (a state's page by name), each run in a fresh Chromium, and takes
//    the median of each figure.
// 4. The scroll run: Chromium at 375×667 with 4× CPU throttling (CDP) scrolls the story top to
//    bottom and back in small steps (smooth wheel scrolls through Chromium's input pipeline,
//    CDP Input.synthesizeScrollGesture), recording long tasks (PerformanceObserver) and frame
//    intervals (requestAnimationFrame) while it scrolls; --runs times.
// 5. Prints a table with each target of budget.json and whether it is met, writes
//    bench/results.json (--out), and with --compare FILE the change against an earlier result.
//
// Options: --no-build, --runs N, --pages story,drones (embed names with or without "embed/";
// the scroll run comes with "story", or alone with "scroll"), --no-scroll, --compare FILE,
// --out FILE, --scroll-step PX and --scroll-speed PX/S (default 500 px at 1,500 px/s), --lhr
// (also save each page's median Lighthouse report as bench/results-lhr-<page>.json).
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
// Results depend on the machine: quote medians, never single runs.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../scripts/serve.js';
import { budgetTable, overBudget, readBudget, weighBuild, fmt } from '../scripts/budget.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * @typedef {{
 *   performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcpMs: number, tbtMs: number, cls: number, siMs: number, fcpMs: number,
 *   jsBytes: number, totalBytes: number, requests: number
 * }} LhMetrics
 * @typedef {{ id: string, category: string, title: string, score: number | null,
 *   displayValue?: string, savings?: Record<string, number> }} Finding
 * @typedef {{ runs: (LhMetrics & { ms: number, benchmarkIndex?: number })[], errors: string[],
 *   median: LhMetrics | null, findings: Finding[], longTasks?: { url: string, ms: number }[],
 *   bootup?: { url: string, ms: number }[] }} PageResult
 * @typedef {{ longTasks: number, longestTaskMs: number, slowFramePct: number, frames: number,
 *   p95FrameMs: number, over50FramePct: number, loadLongTasks: number, loadLongestTaskMs: number,
 *   scrollHeight: number, hydrations: number, hydrateMaxMs: number, hydrateTotalMs: number,
 *   ms: number }} ScrollMetrics
 * @typedef {{ name: string, page: string, value: number | null, target: string, met: boolean | null }} TargetCheck
 */

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		'no-scroll': { type: 'boolean', default: false },
		runs: { type: 'string', default: '3' },
		pages: { type: 'string' },
		compare: { type: 'string' },
		out: { type: 'string', default: join(ROOT, 'bench/results.json') },
		'scroll-step': { type: 'string', default: '500' },
		'scroll-speed': { type: 'string', default: '1500' },
		lhr: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
if (args.help) {
	console.log(
		readFileSync(new URL(import.meta.url), 'utf8')
			.split('\n')
			.filter((l) => l.startsWith('//'))
			.map((l) => l.slice(3))
			.join('\n')
	);
	process.exit(0);
}
const RUNS = Math.max(1, Number(args.runs) || 3);
const SCROLL_STEP = Math.max(1, Number(args['scroll-step']) || 500);
const SCROLL_SPEED = Math.max(1, Number(args['scroll-speed']) || 1500);

/** The Chromium to use: $CHROMIUM_PATH, else Debian's, else Playwright's download. */
function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		/* none */
	}
	throw new Error('No Chromium: set CHROMIUM_PATH, or install chromium.');
}

/** @param {number[]} xs */
function median(xs) {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return NaN;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median of each numeric field.
 * @template {Record<string, number>} T
 * @param {T[]} runs
 * @returns {T | null}
 */
function medians(runs) {
	if (!runs.length) return null;
	/** @type {Record<string, number>} */
	const out = {};
	for (const k of Object.keys(runs[0])) out[k] = median(runs.map((r) => r[k]));
	return /** @type {T} */ (out);
}

/** @param {number} ms */
const secs = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const chromePath = chromiumPath();
const chromeVersion = (() => {
	try {
		return execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
})();

let buildMs = 0;
if (!args['no-build']) {
	console.log('Building (npm run build)…');
	const t = Date.now();
	const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	buildMs = Date.now() - t;
	if (r.status !== 0) {
		console.error(r.stdout, r.stderr);
		console.error('The build failed.');
		process.exit(1);
	}
	console.log(`Built in ${secs(buildMs)}.`);
}

const budgetFile = JSON.parse(readFileSync(join(ROOT, 'budget.json'), 'utf8'));
const budget = readBudget();
const targets = budgetFile.targets;
const weights = weighBuild();
const allPages = weights.map((w) => w.page);

/** By default the story and each chart's embed page; a state's page (embed/aid/us) by name. */
/** @type {string[]} */
let pages = allPages.filter((p) => p.split('/').length <= 2);
let scrollWanted = !args['no-scroll'];
if (args.pages) {
	const wanted = args.pages
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean);
	scrollWanted = scrollWanted && (wanted.includes('story') || wanted.includes('scroll'));
	pages = wanted
		.filter((p) => p !== 'scroll')
		.map((p) => (p === 'story' || p.startsWith('embed/') ? p : `embed/${p}`));
	const unknown = pages.filter((p) => !allPages.includes(p));
	if (unknown.length) {
		console.error(`Unknown page(s): ${unknown.join(', ')}. Pages: ${allPages.join(', ')}.`);
		process.exit(1);
	}
}

const server = createStaticServer({ dir: join(ROOT, 'build') });
await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
/** @param {string} page */
const urlOf = (page) => (page === 'story' ? `${origin}/` : `${origin}/${page}/`);

console.log(
	`Chromium: ${chromeVersion} (${chromePath}). ${cpus().length} CPUs, load ${loadavg()
		.map((l) => l.toFixed(1))
		.join(
			' '
		)}. ${RUNS} run(s) per page; ${pages.length} page(s)${scrollWanted ? ' + scroll run' : ''}.`
);

// ---------------------------------------------------------------------------------------------
// Lighthouse

/**
 * @param {import('lighthouse').Result} lhr
 * @returns {LhMetrics}
 */
function lhMetrics(lhr) {
	/** @param {string} id */
	const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
	/** @param {string} id */
	const score = (id) => {
		const s = lhr.categories[id]?.score;
		return s === null || s === undefined ? NaN : Math.round(s * 100);
	};
	const items =
		/** @type {{ resourceType: string, transferSize: number, requestCount: number }[]} */ (
			/** @type {any} */ (lhr.audits['resource-summary']?.details)?.items ?? []
		);
	/** @param {string} type */
	const summary = (type) => items.find((i) => i.resourceType === type);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: num('largest-contentful-paint'),
		tbtMs: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		siMs: num('speed-index'),
		fcpMs: num('first-contentful-paint'),
		jsBytes: summary('script')?.transferSize ?? NaN,
		totalBytes: summary('total')?.transferSize ?? num('total-byte-weight'),
		requests: summary('total')?.requestCount ?? NaN
	};
}

/**
 * What keeps a report from full marks: failed audits of every category.
 * @param {import('lighthouse').Result} lhr
 * @returns {Finding[]}
 */
function findings(lhr) {
	/** @type {Finding[]} */
	const out = [];
	for (const [cat, category] of Object.entries(lhr.categories)) {
		for (const ref of category.auditRefs) {
			const a = lhr.audits[ref.id];
			if (!a || a.score === null || a.score >= 1) continue;
			if (['notApplicable', 'manual', 'informative', 'error'].includes(a.scoreDisplayMode))
				continue;
			if (cat === 'performance' && ref.weight === 0 && a.score >= 0.9) continue;
			out.push({
				id: a.id,
				category: cat,
				title: a.title,
				score: a.score,
				displayValue: a.displayValue,
				savings: /** @type {Record<string, number> | undefined} */ (a.metricSavings)
			});
		}
	}
	return out;
}

/**
 * @param {import('lighthouse').Result} lhr
 * @param {string} id
 * @param {string} key
 */
function topItems(lhr, id, key) {
	const items = /** @type {Record<string, any>[]} */ (
		/** @type {any} */ (lhr.audits[id]?.details)?.items ?? []
	);
	return items.slice(0, 5).map((i) => ({
		url: String(i.url ?? '').replace(origin, ''),
		ms: Math.round(Number(i[key]) || 0)
	}));
}

/** @param {string} url */
async function lighthouseRun(url) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
			disableFullPageScreenshot: true
		});
		if (!result) throw new Error('Lighthouse returned nothing');
		if (result.lhr.runtimeError)
			throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
		return result.lhr;
	} finally {
		await chrome.kill();
	}
}

/** @type {Record<string, PageResult>} */
const lighthouseResults = {};
for (const page of pages) {
	/** @type {PageResult} */
	const result = { runs: [], errors: [], median: null, findings: [] };
	/** @type {import('lighthouse').Result[]} */
	const reports = [];
	for (let i = 1; i <= RUNS; i++) {
		const t = Date.now();
		process.stdout.write(`Lighthouse ${page} ${i}/${RUNS}… `);
		try {
			const lhr = await lighthouseRun(urlOf(page));
			const m = lhMetrics(lhr);
			reports.push(lhr);
			result.runs.push({
				...m,
				ms: Date.now() - t,
				benchmarkIndex: lhr.environment?.benchmarkIndex
			});
			console.log(
				`perf ${m.performance}, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms (${secs(Date.now() - t)})`
			);
		} catch (e) {
			result.errors.push(String(e instanceof Error ? e.message : e));
			console.log(`failed: ${e instanceof Error ? e.message : e}`);
		}
	}
	const ms = result.runs.map(({ ms, benchmarkIndex, ...m }) => m);
	result.median = medians(ms);
	if (reports.length) {
		// The run whose performance score is the median stands for the page's diagnostics.
		const order = reports
			.map((lhr, i) => ({ lhr, p: ms[i].performance }))
			.sort((a, b) => a.p - b.p);
		const rep = order[(order.length - 1) >> 1].lhr;
		result.findings = findings(rep);
		result.longTasks = topItems(rep, 'long-tasks', 'duration');
		result.bootup = topItems(rep, 'bootup-time', 'total');
		if (args.lhr)
			writeFileSync(
				join(dirname(resolve(args.out)), `results-lhr-${page.replace('/', '-')}.json`),
				JSON.stringify(rep)
			);
	}
	lighthouseResults[page] = result;
}

// ---------------------------------------------------------------------------------------------
// The scroll run

/** @returns {Promise<ScrollMetrics>} */
async function scrollRun() {
	const t = Date.now();
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: CHROME_FLAGS.slice(1)
	});
	try {
		const context = await browser.newContext({
			viewport: { width: 375, height: 667 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true
		});
		const page = await context.newPage();
		await page.addInitScript(() => {
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
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(urlOf('story'), { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		// Frame intervals (requestAnimationFrame) while the page scrolls: every frame that ends
		// within 100 ms of a scroll event, so the pauses between steps do not count.
		const scrollStart = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			/** @type {number[]} */
			const frames = [];
			let lastScroll = -Infinity;
			let last = performance.now();
			w.__benchFrames = frames;
			w.__benchRecording = true;
			addEventListener('scroll', () => (lastScroll = performance.now()), { passive: true });
			const tick = (/** @type {number} */ now) => {
				if (now - lastScroll < 100) frames.push(now - last);
				last = now;
				if (w.__benchRecording) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
			return performance.now();
		});
		// Down in small steps, each a smooth wheel scroll through Chromium's input pipeline (as a
		// reader's scrolling: the compositor scrolls, `scroll` events fire, `scrollend` after each
		// step), then back up.
		const position = () =>
			page.evaluate(() => ({
				y: window.scrollY,
				max: document.documentElement.scrollHeight - window.innerHeight,
				height: document.documentElement.scrollHeight
			}));
		/** @param {1 | -1} direction */
		const scrollAll = async (direction) => {
			let pos = await position();
			for (let guard = 0; guard < 2000; guard++) {
				if (direction > 0 ? pos.y >= pos.max - 1 : pos.y <= 0) break;
				await cdp.send('Input.synthesizeScrollGesture', {
					x: 187,
					y: 333,
					yDistance: -direction * SCROLL_STEP,
					speed: SCROLL_SPEED,
					gestureSourceType: 'mouse',
					preventFling: true
				});
				const next = await position();
				if (next.y === pos.y) break; // Stuck: nothing more to scroll.
				pos = next;
			}
			return pos;
		};
		const bottom = await scrollAll(1);
		await scrollAll(-1);
		await page.waitForTimeout(300);
		const run = await page.evaluate((start) => {
			const w = /** @type {any} */ (window);
			w.__benchRecording = false;
			const all = /** @type {{ start: number, duration: number }[]} */ (w.__benchTasks);
			// Each chart's hydration as the reader nears it (ChartIsland's measures).
			const hydrations = performance
				.getEntriesByType('measure')
				.filter((m) => m.name.startsWith('within-range:hydrate:'))
				.map((m) => m.duration);
			return {
				hydrations,
				frames: /** @type {number[]} */ (w.__benchFrames),
				scrollTasks: all.filter((x) => x.start >= start).map((x) => x.duration),
				loadTasks: all.filter((x) => x.start < start).map((x) => x.duration)
			};
		}, scrollStart);
		const frames = run.frames;
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

/** @type {{ runs: ScrollMetrics[], errors: string[], median: ScrollMetrics | null, step: number, speed: number } | null} */
let scroll = null;
if (scrollWanted) {
	scroll = { runs: [], errors: [], median: null, step: SCROLL_STEP, speed: SCROLL_SPEED };
	for (let i = 1; i <= RUNS; i++) {
		process.stdout.write(
			`Scroll run ${i}/${RUNS} (375×667, 4× CPU, ${SCROLL_STEP} px steps at ${SCROLL_SPEED} px/s)… `
		);
		try {
			const m = await scrollRun();
			scroll.runs.push(m);
			console.log(
				`${m.longTasks} long tasks, longest ${m.longestTaskMs} ms, ${m.slowFramePct} % of ${m.frames} frames > 33 ms (${secs(m.ms)})`
			);
		} catch (e) {
			scroll.errors.push(String(e instanceof Error ? e.message : e));
			console.log(`failed: ${e instanceof Error ? e.message : e}`);
		}
	}
	scroll.median = medians(scroll.runs);
}

server.close();

// ---------------------------------------------------------------------------------------------
// Targets and report

/** @type {TargetCheck[]} */
const checks = [];
/**
 * @param {string} name @param {string} page @param {number | undefined} value
 * @param {string} target @param {(v: number) => boolean} ok
 */
const check = (name, page, value, target, ok) =>
	checks.push({
		name,
		page,
		value: value === undefined || Number.isNaN(value) ? null : value,
		target,
		met: value === undefined || Number.isNaN(value) ? null : ok(value)
	});
for (const page of pages) {
	const m = lighthouseResults[page].median;
	check(
		'performance',
		page,
		m?.performance,
		`≥ ${targets.performance}`,
		(v) => v >= targets.performance
	);
	check(
		'accessibility',
		page,
		m?.accessibility,
		`= ${targets.accessibility}`,
		(v) => v >= targets.accessibility
	);
	check(
		'best practices',
		page,
		m?.bestPractices,
		`= ${targets.bestPractices}`,
		(v) => v >= targets.bestPractices
	);
	check('SEO', page, m?.seo, `= ${targets.seo}`, (v) => v >= targets.seo);
	check('CLS', page, m?.cls, `= ${targets.cls}`, (v) => v <= targets.cls);
	check('LCP', page, m?.lcpMs, `≤ ${targets.lcpMs} ms`, (v) => v <= targets.lcpMs);
	check('TBT', page, m?.tbtMs, `≤ ${targets.tbtMs} ms`, (v) => v <= targets.tbtMs);
}
if (scroll) {
	const m = scroll.median;
	check('scroll: long tasks > 50 ms', 'story', m?.longTasks, '= 0', (v) => v === 0);
	check(
		'scroll: longest task',
		'story',
		m?.longestTaskMs,
		`≤ ${targets.scrollLongTaskMs} ms`,
		(v) => v <= targets.scrollLongTaskMs
	);
	check(
		'scroll: frames > 33 ms',
		'story',
		m?.slowFramePct,
		`< ${targets.scrollSlowFramePct} %`,
		(v) => v < targets.scrollSlowFramePct
	);
}
const budgetErrors = overBudget(weights, budget);

/** @type {any} */
let previous = null;
if (args.compare) {
	try {
		previous = JSON.parse(readFileSync(resolve(args.compare), 'utf8'));
	} catch (e) {
		console.error(`Cannot read ${args.compare}: ${e instanceof Error ? e.message : e}`);
	}
}

const results = {
	version: 1,
	date: new Date().toISOString(),
	commit: (() => {
		try {
			return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
				cwd: ROOT,
				encoding: 'utf8'
			}).trim();
		} catch {
			return null;
		}
	})(),
	machine: {
		cpus: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(totalmem() / 2 ** 30),
		loadAverage: loadavg(),
		node: process.version,
		chromium: chromeVersion,
		lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'))
			.version,
		benchmarkIndex: median(
			Object.values(lighthouseResults).flatMap((r) => r.runs.map((x) => x.benchmarkIndex ?? NaN))
		)
	},
	options: {
		runs: RUNS,
		pages,
		scroll: scrollWanted,
		scrollStep: SCROLL_STEP,
		build: !args['no-build']
	},
	durationMs: Date.now() - started,
	buildMs,
	budget: weights.map((w) => ({
		page: w.page,
		jsGzip: w.js.gzip,
		cssGzip: w.css.gzip,
		limits: w.page === 'story' ? budget.story : budget.embed
	})),
	budgetErrors,
	lighthouse: lighthouseResults,
	scroll,
	targets: checks
};
mkdirSync(dirname(resolve(args.out)), { recursive: true });
writeFileSync(resolve(args.out), JSON.stringify(results, null, '\t') + '\n');

// Printing

/** @param {string[][]} rows @param {number[]} [left] columns aligned left */
function table(rows, left = [0]) {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows
		.map((r) =>
			r
				.map((c, i) =>
					left.includes(i) ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i])
				)
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}
/** @param {boolean | null | undefined} met */
const mark = (met) => (met === null || met === undefined ? ' ' : met ? '✓' : '✗');
/** @param {string} name @param {string} page */
const metOf = (name, page) => checks.find((c) => c.name === name && c.page === page)?.met;
/**
 * A figure with its change against the compared result.
 * @param {number | undefined} v @param {number | undefined} was @param {(n: number) => string} f
 */
const withDelta = (v, was, f) => {
	if (v === undefined || Number.isNaN(v)) return '–';
	if (!previous || was === undefined || was === null || Number.isNaN(was)) return f(v);
	const d = v - was;
	return `${f(v)} (${d >= 0 ? '+' : '−'}${f(Math.abs(d))})`;
};

const fmtMs = (/** @type {number} */ n) => fmt(Math.round(n));
const fmtKb = (/** @type {number} */ n) => (n / 1000).toFixed(1);
const fmtCls = (/** @type {number} */ n) => n.toFixed(3);
const fmtInt = (/** @type {number} */ n) => String(Math.round(n));

console.log('\nByte budget (gzip level 6, before scrolling; budget.json)');
console.log(budgetTable(weights, budget));
if (budgetErrors.length) console.log(`Over budget:\n  ${budgetErrors.join('\n  ')}`);

if (pages.length) {
	console.log(
		`\nLighthouse ${results.machine.lighthouse}, mobile, simulated throttling: medians of ${RUNS} run(s)` +
			(previous ? ` (change against ${args.compare})` : '')
	);
	/** @type {string[][]} */
	const rows = [
		['page', 'perf', 'a11y', 'BP', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'SI ms', 'JS kB', 'total kB']
	];
	for (const page of pages) {
		const m = lighthouseResults[page].median;
		const p = previous?.lighthouse?.[page]?.median;
		if (!m) {
			rows.push([page, 'failed']);
			continue;
		}
		rows.push([
			page,
			`${withDelta(m.performance, p?.performance, fmtInt)} ${mark(metOf('performance', page))}`,
			`${withDelta(m.accessibility, p?.accessibility, fmtInt)} ${mark(metOf('accessibility', page))}`,
			`${withDelta(m.bestPractices, p?.bestPractices, fmtInt)} ${mark(metOf('best practices', page))}`,
			`${withDelta(m.seo, p?.seo, fmtInt)} ${mark(metOf('SEO', page))}`,
			`${withDelta(m.lcpMs, p?.lcpMs, fmtMs)} ${mark(metOf('LCP', page))}`,
			`${withDelta(m.tbtMs, p?.tbtMs, fmtMs)} ${mark(metOf('TBT', page))}`,
			`${withDelta(m.cls, p?.cls, fmtCls)} ${mark(metOf('CLS', page))}`,
			withDelta(m.siMs, p?.siMs, fmtMs),
			withDelta(m.jsBytes, p?.jsBytes, fmtKb),
			withDelta(m.totalBytes, p?.totalBytes, fmtKb)
		]);
	}
	console.log(table(rows));
	console.log(
		`Targets: perf ≥ ${targets.performance}; a11y, BP, SEO = 100; CLS = ${targets.cls}; ` +
			`LCP ≤ ${targets.lcpMs} ms; TBT ≤ ${targets.tbtMs} ms. ✓ met, ✗ missed. ` +
			`Lighthouse benchmarkIndex (median): ${Math.round(results.machine.benchmarkIndex)}.`
	);
}

if (scroll) {
	const m = scroll.median;
	const p = previous?.scroll?.median;
	console.log(
		`\nScroll run: story at 375×667, 4× CPU throttling, ${SCROLL_STEP} px steps at ${SCROLL_SPEED} px/s, top to bottom and back; medians of ${scroll.runs.length} run(s)` +
			(previous ? ` (change against ${args.compare})` : '')
	);
	if (!m) console.log('failed: ' + scroll.errors.join('; '));
	else
		console.log(
			table(
				[
					['measure', 'value', 'target'],
					[
						'long tasks > 50 ms',
						withDelta(m.longTasks, p?.longTasks, fmtInt),
						`0 ${mark(metOf('scroll: long tasks > 50 ms', 'story'))}`
					],
					[
						'longest task (ms)',
						withDelta(m.longestTaskMs, p?.longestTaskMs, fmtInt),
						`≤ ${targets.scrollLongTaskMs} ${mark(metOf('scroll: longest task', 'story'))}`
					],
					[
						'frames > 33 ms (%)',
						withDelta(m.slowFramePct, p?.slowFramePct, (n) => n.toFixed(2)),
						`< ${targets.scrollSlowFramePct} ${mark(metOf('scroll: frames > 33 ms', 'story'))}`
					],
					[
						'frames > 50 ms (%)',
						withDelta(m.over50FramePct, p?.over50FramePct, (n) => n.toFixed(2)),
						''
					],
					['95th pct frame (ms)', withDelta(m.p95FrameMs, p?.p95FrameMs, (n) => n.toFixed(1)), ''],
					['frames', fmtInt(m.frames), ''],
					['page height (px)', fmtInt(m.scrollHeight), ''],
					['load: long tasks', withDelta(m.loadLongTasks, p?.loadLongTasks, fmtInt), ''],
					['charts hydrated', withDelta(m.hydrations, p?.hydrations, fmtInt), ''],
					['longest hydration (ms)', withDelta(m.hydrateMaxMs, p?.hydrateMaxMs, fmtInt), ''],
					['all hydrations (ms)', withDelta(m.hydrateTotalMs, p?.hydrateTotalMs, fmtInt), ''],
					[
						'load: longest task (ms)',
						withDelta(m.loadLongestTaskMs, p?.loadLongestTaskMs, fmtInt),
						''
					]
				],
				[0]
			)
		);
}

const missed = checks.filter((c) => c.met === false);
const unknown = checks.filter((c) => c.met === null);
console.log(
	`\n${checks.length - missed.length - unknown.length} of ${checks.length} targets met` +
		(missed.length
			? `; missed:\n  ${missed.map((c) => `${c.page}: ${c.name} ${c.value === null ? '–' : Number(c.value.toFixed(c.name === 'CLS' ? 3 : c.name.includes('frames') ? 2 : 0))} (target ${c.target})`).join('\n  ')}`
			: '.') +
		(unknown.length
			? `\nNot measured: ${unknown.map((c) => `${c.page} ${c.name}`).join(', ')}`
			: '')
);

const pagesMissing = [...new Set(missed.map((c) => c.page))].filter((p) => lighthouseResults[p]);
if (pagesMissing.length) {
	console.log('\nWhat Lighthouse flags (median run of each page missing a target):');
	for (const page of pagesMissing) {
		const r = lighthouseResults[page];
		const list = r.findings
			.map((f) => `${f.id}${f.displayValue ? ` (${f.displayValue})` : ''}`)
			.join(', ');
		console.log(`  ${page}: ${list || 'nothing beyond the metrics'}`);
		if (r.longTasks?.length)
			console.log(`    long tasks: ${r.longTasks.map((t) => `${t.ms} ms ${t.url}`).join(', ')}`);
	}
}

console.log(
	`\nWrote ${resolve(args.out).replace(ROOT + '/', '')} in ${secs(Date.now() - started)}` +
		(buildMs ? ` (build ${secs(buildMs)})` : '') +
		'. Results depend on the machine: quote medians, never single runs.'
);
