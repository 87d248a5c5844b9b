// A host page on another origin embedding three charts with embed.js, with the snippets
// exactly as the story's "Embed this chart" gives them: each placeholder holds about its
// chart's height from its own width before any script runs (its inline style), and the
// loader reserves the exact height as it mounts the iframe, so the host page does not move
// (cumulative layout shift, as Chromium counts it, under 0.05) and no iframe changes height.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIT_WORST } from '../../src/lib/embed/placeholder';
import { test, expect } from './fixtures';

const BUILD_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT}`;
/** Three charts, short and tall, one of them from the Ukrainian edition's story. */
const CHARTS = [
	{ edition: '/', chart: 'drones' },
	{ edition: '/', chart: 'troops' },
	{ edition: '/uk/', chart: 'aid' }
];
/** The loader snippets, read from the built story (filled in beforeAll). */
const snippets: string[] = [];

const LOADER = `<script src="${BUILD_ORIGIN}/embed.js" async></script>`;

/**
 * The host page: every layout shift of its own (not the frames'), each placeholder's height
 * as it is parsed (before any loader runs), and each iframe's heights from the moment the
 * loader mounts it. `head`: the snippets' divs, the loader in the <head>, render-blocking;
 * `body`: each whole snippet (div and async script) pasted where its chart goes.
 */
const hostPage = (at: 'head' | 'body') => `<!doctype html><html lang="en"><head>
<meta name="viewport" content="width=device-width"><title>Host</title><script>
window.__cls = 0; window.__shifts = []; window.__heights = []; window.__placeholders = [];
new PerformanceObserver(function (list) {
	list.getEntries().forEach(function (e) {
		if (e.hadRecentInput) return;
		window.__cls += e.value; window.__shifts.push(Math.round(e.value * 1e4) / 1e4);
	});
}).observe({ type: 'layout-shift', buffered: true });
var sizes = new ResizeObserver(function (entries) {
	entries.forEach(function (e) {
		var seen = window.__heights[e.target.__index];
		var h = Math.round(e.target.getBoundingClientRect().height);
		if (seen[seen.length - 1] !== h) seen.push(h);
	});
});
new MutationObserver(function (records) {
	records.forEach(function (r) { r.addedNodes.forEach(function (n) {
		if (n.nodeType === 1 && n.hasAttribute('data-within-range'))
			window.__placeholders.push(Math.round(n.getBoundingClientRect().height));
		if (n.tagName !== 'IFRAME') return;
		n.__index = window.__heights.push([Math.round(n.getBoundingClientRect().height)]) - 1;
		sizes.observe(n);
	}); });
}).observe(document.documentElement, { childList: true, subtree: true });
</script>${at === 'head' ? LOADER.replace(' async', ' async blocking="render"') : ''}</head>
<body style="font:16px/1.5 Georgia,serif"><h1>A host's article</h1>
<p>The host's opening paragraph, and then its first chart.</p>
${snippets
	.map((s) => (at === 'head' ? s.split('\n')[0] : s))
	.join('\n<p>More of the article, between two charts, in its own words.</p>\n')}
<p>The end of the host's article.</p></body></html>`;

test.beforeAll(async ({ browser }) => {
	// Two story pages to load and hydrate, on a busy machine too.
	test.setTimeout(120_000);
	// With fullyParallel, a worker runs this hook again before each of this file's tests it
	// takes, in the same module: start the list afresh, or a second run holds six snippets.
	snippets.length = 0;
	const page = await browser.newPage();
	for (const { edition, chart } of CHARTS) {
		if (page.url() !== `${BUILD_ORIGIN}${edition}`) await page.goto(`${BUILD_ORIGIN}${edition}`);
		const code = page.locator(`details[data-embed-code="${chart}"] pre`).nth(1);
		// Hydrated, the story writes its own origin into the snippet.
		await expect(code).toContainText(LOADER);
		snippets.push((await code.textContent()) ?? '');
	}
	await page.close();
	// The snippets the story gives: a placeholder with its inline style, then the loader.
	for (const s of snippets)
		expect(s).toMatch(
			/^<div data-within-range="[a-z]+".* style="padding-bottom:calc\(.*\)"><\/div>\n<script /
		);
});

let host: Server;
let hostOrigin = '';
test.beforeAll(async () => {
	host = createServer((req, res) => {
		const at = req.url === '/head.html' ? 'head' : req.url === '/body.html' ? 'body' : null;
		if (at) return res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(at));
		res.writeHead(204).end();
	});
	await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host.close());

for (const width of [375, 1280])
	for (const at of ['head', 'body'] as const)
		test(`at ${width} px, the loader in the ${at}: three embeds load at the height reserved`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 700 });
			// The loader arrives as over a network, after the host's first paint (unless the
			// host's <head> holds the paint for it): what the reader sees first is the placeholders.
			await page.route(`${BUILD_ORIGIN}/embed.js`, async (route) => {
				await new Promise((ok) => setTimeout(ok, 400));
				await route.continue();
			});
			await page.goto(`${hostOrigin}/${at}.html`);
			const frames = page.locator('iframe');
			await expect(frames).toHaveCount(snippets.length);
			// A reader scrolls to each chart in turn (lazy frames load as they near the screen),
			// waiting at each until it has drawn and told the host its height.
			for (let i = 0; i < snippets.length; i++) {
				await frames.nth(i).evaluate((f) => f.scrollIntoView({ block: 'start' }));
				const frame = page.frameLocator('iframe').nth(i);
				await expect(frame.locator('figure')).toBeVisible();
				await expect
					.poll(async () => {
						const [outer, inner] = await Promise.all([
							frames.nth(i).evaluate((f) => f.getBoundingClientRect().height),
							frame.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().height))
						]);
						return Math.abs(outer - inner);
					})
					.toBeLessThanOrEqual(1);
			}
			await page.waitForTimeout(500);
			const { cls, shifts, heights, placeholders } = await page.evaluate(() => {
				const w = window as unknown as {
					__cls: number;
					__shifts: number[];
					__heights: number[][];
					__placeholders: number[];
				};
				return {
					cls: w.__cls,
					shifts: w.__shifts,
					heights: w.__heights,
					placeholders: w.__placeholders
				};
			});
			console.log(`${width} px, loader in the ${at}: CLS ${cls.toFixed(4)}`, {
				shifts,
				placeholders,
				heights
			});
			// Each iframe keeps the height it was mounted with, to within 3 px.
			expect(heights).toHaveLength(snippets.length);
			heights.forEach((seen, i) =>
				expect(
					Math.max(...seen) - Math.min(...seen),
					`${CHARTS[i].chart}: heights ${seen}`
				).toBeLessThanOrEqual(3)
			);
			// Either way the host page barely moves: the loader in the head mounts the iframes
			// before the first paint; in the body, they replace placeholders of about their size.
			expect(cls).toBeLessThan(0.05);
			// Before any script, each placeholder held about its chart's height at its width.
			expect(placeholders).toHaveLength(snippets.length);
			placeholders.forEach((held, i) =>
				expect(
					Math.abs(held - heights[i][0]),
					`${CHARTS[i].chart}: placeholder ${held} px for ${heights[i][0]} px`
				).toBeLessThanOrEqual(FIT_WORST)
			);
		});
