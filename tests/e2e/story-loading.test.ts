// What the story costs before the reader scrolls, and how its charts come to life: each is
// drawn by the server, and its code and data load only when the reader nears it.
import { gzipSync } from 'node:zlib';
import { test as base, type Page } from '@playwright/test';
import { test, expect, holdRequests } from './fixtures';
import { readFileSync } from 'node:fs';
import { MANIFEST, readBudget, weighBuild } from '../../scripts/budget.js';
import { COMPILE_HINT, EAGER_MIN_BYTES } from '../../src/lib/compile-hints.js';
import { EDITIONS, walkSteps } from './steps';

/** Every script and chart-data file the page fetched, as paths relative to the site root. */
function recordFetches(page: Page) {
	const fetched: { path: string; gzip: number; bytes: number; head: string }[] = [];
	page.on('response', async (response) => {
		const url = new URL(response.url());
		const type = response.request().resourceType();
		if (type !== 'script' && !url.pathname.endsWith('/chart.json')) return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({
			path: url.pathname.replace(/^\//, ''),
			gzip: gzipSync(body).length,
			bytes: body.length,
			head: body.subarray(0, COMPILE_HINT.length).toString()
		});
	});
	return fetched;
}

const islands = (page: Page) => page.locator('[data-chart-island]');

test('before any scrolling the story fetches only its budgeted JS: no chart code or data', async ({
	page
}) => {
	const fetched = recordFetches(page);
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const story = weighBuild().find((w) => w.page === 'story')!;
	const budgeted = story.js.files.map((f) => f.file);

	expect(fetched.length, 'the page boots SvelteKit').toBeGreaterThan(0);
	expect(fetched.map((f) => f.path).filter((p) => !budgeted.includes(p))).toEqual([]);
	const total = story.js.inline.gzip + fetched.reduce((n, f) => n + f.gzip, 0);
	expect(total).toBeLessThanOrEqual(readBudget().story.js);

	// Every chart is on the page, drawn, and none is hydrated yet.
	await expect(islands(page)).toHaveCount(8);
	for (const island of await islands(page).all()) {
		await expect(island).toHaveAttribute('data-hydrated', 'false');
		await expect(
			island
				// SVG marks, the timeline's list, or aid's one large figure (its `us` state).
				.locator('figure[data-chart] :is(svg, ol, [data-mark])')
				.filter({ visible: true })
				.first()
		).toBeVisible();
	}
});

test('every script of a kilobyte or more arrives marked for eager compilation, the page’s start-up and the charts’ alike', async ({
	page
}) => {
	// V8 compiles a marked file as it loads (off the main thread where it can), not function
	// by function inside the page's or a chart's hydration task (src/lib/compile-hints.js).
	const fetched = recordFetches(page);
	await page.goto('/', { waitUntil: 'networkidle' });
	for (const island of await islands(page).all()) {
		await island.evaluate((el) => el.closest('section')!.scrollIntoView());
		await expect(island).toHaveAttribute('data-hydrated', 'true');
	}
	// Files are told apart by name, not by when their bodies arrived (a response's body is
	// read a task later): the start-up's are the budget's; the charts', Vite's manifest names.
	const boot = weighBuild()
		.find((w) => w.page === 'story')!
		.js.files.map((f) => f.file);
	const manifest: Record<string, { file: string; name?: string }> = JSON.parse(
		readFileSync(MANIFEST, 'utf8')
	);
	const charts = Object.values(manifest)
		.filter((c) => c.name === 'chart' || c.name === 'Chart')
		.map((c) => c.file);
	expect(charts.length).toBe(9);
	const scripts = () => fetched.filter((f) => !f.path.endsWith('.json'));
	await expect.poll(() => charts.filter((c) => !scripts().some((f) => f.path === c))).toEqual([]);
	const marked = (f: { head: string }) => f.head === COMPILE_HINT;
	// Its code, without the hint: marked exactly when it reaches the floor.
	const code = (f: { bytes: number; head: string }) =>
		f.bytes - (marked(f) ? COMPILE_HINT.length : 0);
	// A body that could not be read would pass as small and unmarked: none may be empty.
	expect(scripts().filter((f) => f.bytes === 0)).toEqual([]);
	for (const f of scripts()) expect(marked(f), f.path).toBe(code(f) >= EAGER_MIN_BYTES);
	// The page's hydration runs its runtime, SvelteKit's client and the page itself: the
	// start-up's large files are all marked, and so is every chart's own chunk.
	const big = scripts().filter((f) => boot.includes(f.path) && code(f) > 20_000);
	expect(big.length).toBeGreaterThanOrEqual(3);
	expect(big.filter((f) => !marked(f)).map((f) => f.path)).toEqual([]);
	for (const file of charts)
		expect(scripts().find((f) => f.path === file)?.head, file).toBe(COMPILE_HINT);
});

// The first Intl formatter a page makes costs ICU's set-up (20–40 ms, 80–170 ms at 4× CPU):
// the charts write numbers, dates and lists from tables their words bring (content/tables.ts).
for (const edition of EDITIONS)
	test(`/${edition.path}: every chart draws every step without making an Intl formatter`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.addInitScript(() => {
			const made: string[] = [];
			Object.assign(window, { __formats: made });
			for (const kind of ['NumberFormat', 'DateTimeFormat', 'ListFormat'] as const)
				Object.assign(Intl, {
					[kind]: new Proxy(Intl[kind], {
						construct: (Format, args) => (made.push(kind), Reflect.construct(Format, args))
					})
				});
		});
		await page.goto(`/${edition.path}`);
		const sections = new Set<string>();
		await walkSteps(page, 0, async (step) => {
			sections.add(step.section);
			const island = page.locator(`section#${step.section} [data-chart-island]`);
			await expect(island).toHaveAttribute('data-hydrated', 'true');
			await expect(island.locator('figure[data-chart]')).toHaveAttribute(
				'data-chart-state',
				step.state
			);
		});
		expect(sections.size).toBeGreaterThanOrEqual(7);
		// Figures the charts wrote in the browser, in the edition's conventions.
		await expect(page.locator('[data-chart-island="aid"] figure')).toContainText(
			edition.locale === 'en' ? /\d,\d{3}|\d\.\d/ : /\d\u202f\d{3}|\d,\d/
		);
		expect(
			await page.evaluate(() => (window as unknown as { __formats: string[] }).__formats)
		).toEqual([]);
	});

test('a chart hydrates in place when the reader scrolls near it, without a warning', async ({
	page
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	const fetched = recordFetches(page);
	await page.goto('/');
	const island = page.locator('section#drones [data-chart-island]');
	// Tag the server's nodes: after hydration the very same nodes must still be there.
	await island.locator('figure[data-chart]').evaluate((el) => el.setAttribute('data-tagged', ''));
	await expect(island).toHaveAttribute('data-hydrated', 'false');

	await page.locator('section#drones').scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await expect(island.locator('figure[data-chart][data-tagged]')).toHaveCount(1);
	expect(fetched.map((f) => f.path)).toContainEqual(
		expect.stringMatching(/data\/drones\/chart\.json$/)
	);
	// Far-away charts stay as drawn.
	await expect(page.locator('section#troops [data-chart-island]')).toHaveAttribute(
		'data-hydrated',
		'false'
	);

	// Hydrated, it follows the steps.
	const last = page.locator('section#drones [data-step]').last();
	const state = await last.getAttribute('data-state');
	await last.scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollBy(0, innerHeight / 3));
	await expect(island.locator('figure[data-chart]')).toHaveAttribute('data-chart-state', state!);
	expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
});

test('a deep link into a section loads its chart at once, in the step’s state', async ({
	page
}) => {
	await page.goto('/#assault-shot-down');
	const island = page.locator('section#assault [data-chart-island]');
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await expect(island.locator('figure[data-chart]')).toHaveAttribute(
		'data-chart-state',
		'shot-down'
	);
});

// On a slow phone the reader may scroll before the page's script has started, then stop to
// read: no scroll event comes after the page could listen for one.
test('a reader who scrolled before the script started still gets the chart they stopped at', async ({
	page
}) => {
	const release = await holdRequests(page, '**/_app/immutable/entry/**');
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	// The scroll's event has fired (before any script of the page's could hear it).
	await page.locator('section#decision').evaluate(
		(el) =>
			new Promise<void>((done) => {
				addEventListener('scroll', () => done(), { once: true });
				el.scrollIntoView();
			})
	);
	release();
	const island = page.locator('section#decision [data-chart-island]');
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	// No step of the section is active: only the page's scroll told that the reader is near.
	await expect(page.locator('section#decision [data-step].active')).toHaveCount(0);
});

// No fixture here: the failure is expected to be logged.
base('when a chart’s data cannot load, the chart stays as the server drew it', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.route('**/data/aid/chart.json', (route) => route.abort());
	await page.goto('/');
	const island = page.locator('section#aid [data-chart-island]');
	const before = await island.innerHTML();
	await page.locator('section#aid').scrollIntoViewIfNeeded();
	await expect.poll(() => errors.join('\n')).toContain('the aid chart could not load');
	await expect(island).toHaveAttribute('data-hydrated', 'false');
	expect(await island.innerHTML()).toBe(before);
});

// No fixture here either: the first failure is expected to be logged.
base('a chart whose load failed loads again at the next step change', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	let refused = 0;
	await page.route('**/data/aid/chart.json', (route) =>
		refused++ === 0 ? route.abort() : route.continue()
	);
	await page.goto('/');
	const island = page.locator('section#aid [data-chart-island]');
	const [first, second] = await page.locator('section#aid [data-step]').all();
	await first.evaluate((el) => el.scrollIntoView());
	await expect.poll(() => errors.join('\n')).toContain('the aid chart could not load');
	await expect(island).toHaveAttribute('data-hydrated', 'false');

	await second.evaluate((el) => el.scrollIntoView());
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await expect(island.locator('figure[data-chart]')).toHaveAttribute(
		'data-chart-state',
		(await second.getAttribute('data-state'))!
	);
	expect(refused).toBe(2);
});
