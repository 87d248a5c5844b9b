// Measures how tall every embed page is at every width, in Chromium against build/, and
// writes src/lib/embed/heights.json: per page and width band, a height A + S × width that the
// page never exceeds in that band. The build makes it each embed page's min-height and the
// loader's reserved height (embed.js), so a host page does not move as an embed loads.
//   npm run build && npm run embed:heights && npm run build
// tests/e2e/embed-heights.test.ts measures again and fails when the file is stale (copy edited).
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A page of the build's origin to hold the iframes measured, with the site's type tokens. */
export const HOST = 'embed/distances/';
/** Where the table lives: read by src/lib/embed/heights.ts at build time. */
export const TABLE = resolve(import.meta.dirname, '../src/lib/embed/heights.json');
/** The narrowest width measured, and the widest: the page's own max-width (72rem). */
export const FIRST = 240;
export const WIDEST = 1152;
/**
 * Widths where the page's layout changes: MeasuredPlot's LAYOUT_BANDS (280, 400, 560, 720)
 * plus the page's padding (2 × 16 px), and the timeline's `@media (max-width: 560px)`. No
 * band straddles one, so the height within a band is a line, never a jump.
 */
export const LAYOUT_EDGES = [312, 432, 561, 592, 752];
/** The most room a band may leave unused at any of its widths, in px (then up to 0.1 px). */
export const SLACK = 1;

/** Every embed page in build/: { key: 'uk/drones/october', path: 'uk/embed/drones/october/' }. */
export function embedPages(dir = 'build') {
	const roots = [{ locale: 'en', path: 'embed/' }];
	for (const name of readdirSync(dir))
		if (/^[a-z]{2}$/.test(name) && existsSync(join(dir, name, 'embed')))
			roots.push({ locale: name, path: `${name}/embed/` });
	return roots.flatMap(({ locale, path }) =>
		readdirSync(join(dir, path), { withFileTypes: true })
			.filter((c) => c.isDirectory())
			.flatMap((chart) =>
				readdirSync(join(dir, path, chart.name), { withFileTypes: true })
					.filter((s) => s.isDirectory())
					.map((s) => ({
						key: `${locale}/${chart.name}/${s.name}`,
						path: `${path}${chart.name}/${s.name}/`
					}))
			)
	);
}

/**
 * The page's natural height (no min-height) at each width from FIRST to WIDEST, 1 px apart:
 * the page in an iframe of each width, as on a host page (its CSS reads the viewport too).
 * @param {import('@playwright/test').Page} page any page of the build's origin
 * @param {string} path the embed page, from the origin's root
 * @param {number} [step] px between widths (1: every width, as bandsOf needs)
 * @returns {Promise<number[]>} index i is the width FIRST + i × step
 */
export function measurePage(page, path, step = 1) {
	return page.evaluate(async ([path, first, widest, step]) => {
		const frame = document.createElement('iframe');
		frame.style.cssText = `border:0;display:block;width:${first}px;height:900px`;
		const loaded = new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
		frame.src = new URL(path, `${location.origin}/`).href;
		document.body.append(frame);
		await loaded;
		const main = /** @type {HTMLElement} */ (frame.contentDocument?.querySelector('main'));
		main.style.minHeight = '0';
		const heights = [];
		// Same origin: reading the page's layout lays out the host, then the page, at once.
		for (let w = first; w <= widest; w += step) {
			frame.style.width = `${w}px`;
			heights.push(main.getBoundingClientRect().height);
		}
		frame.remove();
		return heights;
	}, /** @type {[string, number, number, number]} */ ([path, FIRST, WIDEST, step]));
}

/**
 * The width of a fixed string in the page's sans-serif: the heights hold for this machine's
 * fonts, so a check elsewhere can tell whether it measures the same type.
 * @param {import('@playwright/test').Page} page
 */
export function fontProbe(page) {
	return page.evaluate(() => {
		const span = document.createElement('span');
		span.style.cssText = 'font:400 100px var(--font-sans);position:absolute;white-space:nowrap';
		span.textContent = 'Within Range: Атакуючі дрони 0123456789';
		document.body.append(span);
		const width = span.getBoundingClientRect().width;
		span.remove();
		return Math.round(width * 10) / 10;
	});
}

/**
 * The page's height as bands of width, each from its first width `from` on, where height +
 * slope × width is at least the measured height at every width and at most SLACK px more:
 * lines (a plot growing with its width), broken where the text re-wraps or the layout
 * changes. The last band, from WIDEST on, never changes.
 * @param {number[]} heights from measurePage
 * @returns {{ from: number[], height: number[], slope: number[] }}
 */
export function bandsOf(heights) {
	const at = (/** @type {number} */ w) => heights[w - FIRST];
	/** The line over widths a…b-1 with this slope: its height (up 0.1 px) and unused room. */
	const line = (/** @type {number} */ a, /** @type {number} */ b, /** @type {number} */ s) => {
		let top = -Infinity;
		for (let w = a; w < b; w++) top = Math.max(top, at(w) - s * w);
		const height = Math.ceil(top * 10 - 1e-6) / 10;
		let room = 0;
		for (let w = a; w < b; w++) room = Math.max(room, height + s * w - at(w));
		return { height, slope: s, room };
	};
	/** The line leaving least room: that room is convex in the slope (a ternary search). */
	const fit = (/** @type {number} */ a, /** @type {number} */ b) => {
		let [l, r] = [0, 4];
		for (let k = 0; k < 40; k++) {
			const m1 = l + (r - l) / 3;
			const m2 = r - (r - l) / 3;
			if (line(a, b, m1).room <= line(a, b, m2).room) r = m2;
			else l = m1;
		}
		const flat = line(a, b, 0);
		const sloped = line(a, b, Math.round(((l + r) / 2) * 1e4) / 1e4);
		return flat.room <= sloped.room + SLACK / 2 ? flat : sloped;
	};
	/** @type {{ from: number[], height: number[], slope: number[] }} */
	const rows = { from: [], height: [], slope: [] };
	const layouts = [FIRST, ...LAYOUT_EDGES, WIDEST, WIDEST + 1];
	for (let i = 0; i + 1 < layouts.length; i++) {
		const end = layouts[i + 1];
		for (let a = layouts[i]; a < end;) {
			// The widest band from a within SLACK (room only grows as a band widens).
			let [lo, hi] = [a + 1, end];
			while (lo < hi) {
				const mid = Math.ceil((lo + hi) / 2);
				if (fit(a, mid).room <= SLACK) lo = mid;
				else hi = mid - 1;
			}
			const { height, slope } = fit(a, lo);
			rows.from.push(a);
			rows.height.push(height);
			rows.slope.push(slope);
			a = lo;
		}
	}
	return rows;
}

/** The executable Playwright should launch (as playwright.config.ts chooses it). */
export const chromiumPath = () =>
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function main() {
	const { createStaticServer } = await import('./serve.js');
	const server = createStaticServer({ dir: 'build' });
	await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const origin = `http://127.0.0.1:${address.port}/`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage({ viewport: { width: WIDEST + 100, height: 900 } });
		/** @type {Record<string, { from: number[], height: number[], slope: number[] }>} */
		const pages = {};
		// The iframes' host: any page of the build's origin (their layout is read from it).
		await page.goto(origin + HOST);
		const probe = await fontProbe(page);
		for (const { key, path } of embedPages()) pages[key] = bandsOf(await measurePage(page, path));
		const table = { fontProbe: probe, pages };
		const { format, resolveConfig } = await import('prettier');
		const options = { ...(await resolveConfig(TABLE)), filepath: TABLE };
		writeFileSync(TABLE, await format(JSON.stringify(table), options));
		console.log(`${Object.keys(pages).length} embed pages measured: ${TABLE}`);
	} finally {
		await browser.close();
		server.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
