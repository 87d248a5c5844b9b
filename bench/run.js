// The performance benchmark: `npm run bench [-- options]`. Not part of `npm test`.
//
// 1. Builds the site (`npm run build`, unless --no-build) and weighs it against budget.json.
// 2. Serves build/ on loopback with gzip (scripts/serve.js), as a real host would, and beside
//    it the floor (bench/floor.js): the story's HTML with its scripts and modulepreloads
//    removed, nothing else changed, at /__floor.html so its relative links resolve alike.
// 3. Runs Lighthouse (mobile, default simulated throttling) --runs times (3) on the story in
//    each edition, the floor (whenever the story is benched) and each chart's embed page (a
//    state's page, or an edition's embed, by name), each run in a fresh Chromium, the pages
//    taking turns; takes each figure's median.
// 4. The scroll runs, at each size (--sizes, default 1280x800 with the mouse wheel and 375x667
//    with touch), on the story and on the floor: 4× CPU throttling (CDP), top to bottom and
//    back in small steps through Chromium's input pipeline (smooth wheel gestures, CDP
//    Input.synthesizeScrollGesture; on a phone a finger's drags, CDP Input.dispatchTouchEvent),
//    recording long tasks (PerformanceObserver), frame intervals (requestAnimationFrame) and
//    each chart's hydration; --runs times.
// 5. Prints the medians against each target of budget.json (the story's LCP against the
//    floor's among them), writes bench/results.json (--out), and with --compare FILE the
//    change against an earlier result.
//
// Options: --no-build, --runs N, --pages story,uk/story,drones (embed names with or without
// "embed/"; the floor comes with "story", or alone with "floor"; the scroll runs come with
// "story", or alone with "scroll"), --no-scroll, --sizes 1280x800,375x667 (narrower than
// 768 px: a phone, with touch), --compare FILE, --out FILE, --scroll-step PX and
// --scroll-speed PX/S (default 500 px at 1,500 px/s), --lhr (also save each page's median
// Lighthouse report as bench/results-lhr-<page>.json).
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
// Results depend on the machine: quote medians, never single runs.
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { budgetTable, limitsFor, overBudget, readBudget, weighBuild } from '../scripts/budget.js';
import { ROOT, SCROLL, chromiumPath, median, message, secs } from './common.js';
import { createBenchServer, pageUrls } from './floor.js';
import { benchLighthouse } from './lighthouse.js';
import { benchScroll, parseSizes } from './scroll.js';
import { busyMachine, checkSummary, targetChecks } from './checks.js';
import { reporter } from './report.js';

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		'no-scroll': { type: 'boolean', default: false },
		runs: { type: 'string', default: '3' },
		pages: { type: 'string' },
		sizes: { type: 'string', default: '1280x800,375x667' },
		compare: { type: 'string' },
		out: { type: 'string', default: join(ROOT, 'bench/results.json') },
		'scroll-step': { type: 'string', default: String(SCROLL.step) },
		'scroll-speed': { type: 'string', default: String(SCROLL.speed) },
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
const SCROLL_STEP = Math.max(1, Number(args['scroll-step']) || SCROLL.step);
const SCROLL_SPEED = Math.max(1, Number(args['scroll-speed']) || SCROLL.speed);
/** @type {import('./common.js').Size[]} */
let SIZES = [];
try {
	SIZES = parseSizes(args.sizes);
} catch (e) {
	console.error(message(e));
	process.exit(1);
}

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

/** By default the story in each edition, its floor and each chart's embed page. */
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
		.map((p) => (p === 'floor' || allPages.includes(p) ? p : `embed/${p}`));
	const unknown = pages.filter((p) => p !== 'floor' && !allPages.includes(p));
	if (unknown.length) {
		console.error(
			`Unknown page(s): ${unknown.join(', ')}. Pages: ${[...allPages, 'floor'].join(', ')}.`
		);
		process.exit(1);
	}
}
// The floor right after the story, so the two stand side by side.
pages = pages.filter((p) => p !== 'floor');
if (args.pages?.split(',').some((p) => p.trim() === 'floor') || pages.includes('story'))
	pages.splice(pages.includes('story') ? pages.indexOf('story') + 1 : 0, 0, 'floor');

const { server, floor } = createBenchServer(join(ROOT, 'build'));
await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const urlOf = pageUrls(origin);

console.log(
	`Chromium: ${chromeVersion} (${chromePath}). ${cpus().length} CPUs, load ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')}. ${RUNS} run(s) per page; ${pages.length} page(s)` +
		(scrollWanted ? `; scroll runs at ${SIZES.map((s) => s.name).join(', ')}` : '') +
		`.\nThe floor: build/index.html without its ${floor.scripts} script(s) and ${floor.preloads} ` +
		`script preload(s), ${floor.bytes.toLocaleString('en-GB')} B (${floor.gzip.toLocaleString('en-GB')} B gzip).`
);

const lhrDir = args.lhr ? dirname(resolve(args.out)) : undefined;
const lighthouse = await benchLighthouse({ pages, runs: RUNS, urlOf, origin, chromePath, lhrDir });
const scrollSizes = scrollWanted
	? await benchScroll({
			pages: ['story', 'floor'],
			sizes: SIZES,
			runs: RUNS,
			urlOf,
			chromePath,
			step: SCROLL_STEP,
			speed: SCROLL_SPEED
		})
	: [];
server.close();

const checks = targetChecks({ targets, lighthouse, scroll: scrollSizes });
const busy = busyMachine({ targets, lighthouse, scroll: scrollSizes });
const budgetErrors = overBudget(weights, budget);

/** @type {any} */
let previous = null;
if (args.compare) {
	try {
		previous = JSON.parse(readFileSync(resolve(args.compare), 'utf8'));
	} catch (e) {
		console.error(`Cannot read ${args.compare}: ${message(e)}`);
	}
}

const lighthouseVersion = JSON.parse(
	readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')
).version;
const benchmarkIndex = median(
	Object.values(lighthouse).flatMap((r) => r.runs.map((x) => x.benchmarkIndex ?? NaN))
);
const results = {
	version: 2,
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
		lighthouse: lighthouseVersion,
		benchmarkIndex,
		busy
	},
	options: {
		runs: RUNS,
		pages,
		scroll: scrollWanted,
		sizes: SIZES.map((s) => `${s.width}x${s.height}`),
		scrollStep: SCROLL_STEP,
		build: !args['no-build']
	},
	durationMs: Date.now() - started,
	buildMs,
	budget: weights.map((w) => ({
		page: w.page,
		jsGzip: w.js.gzip,
		cssGzip: w.css.gzip,
		limits: limitsFor(w.page, budget)
	})),
	budgetErrors,
	floor,
	lighthouse,
	scroll: scrollWanted ? { step: SCROLL_STEP, speed: SCROLL_SPEED, sizes: scrollSizes } : null,
	targets: checks
};
mkdirSync(dirname(resolve(args.out)), { recursive: true });
writeFileSync(resolve(args.out), JSON.stringify(results, null, '\t') + '\n');

const report = reporter({
	checks,
	previous,
	targets,
	runs: RUNS,
	lighthouseVersion,
	benchmarkIndex
});
console.log('\nByte budget (gzip level 6, before scrolling; budget.json)');
console.log(budgetTable(weights, budget));
if (budgetErrors.length) console.log(`Over budget:\n  ${budgetErrors.join('\n  ')}`);
if (previous) console.log(`\nChanges are against ${args.compare}.`);
if (pages.length) console.log('\n' + report.lighthouseTable(lighthouse));
if (lighthouse.story && lighthouse.floor) console.log('\n' + report.floorTable(lighthouse));
if (scrollWanted)
	console.log('\n' + report.scrollTable(scrollSizes, { step: SCROLL_STEP, speed: SCROLL_SPEED }));

console.log('\n' + checkSummary(checks));
if (busy.length)
	console.log(
		`\nThe machine looks busy: ${busy.join('; ')}. The floor runs no script, so other work ` +
			"most likely shared the CPU, and the story's figures of this run overstate it: run again."
	);
const flagged = report.flagged(lighthouse);
if (flagged) console.log('\n' + flagged);

console.log(
	`\nWrote ${resolve(args.out).replace(ROOT + '/', '')} in ${secs(Date.now() - started)}` +
		(buildMs ? ` (build ${secs(buildMs)})` : '') +
		'. Results depend on the machine: quote medians, never single runs.'
);
