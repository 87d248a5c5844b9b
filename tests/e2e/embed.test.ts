// Embeds on someone else's page: a parent served from another loopback origin, using the
// real pym.js from npm, or our own embed.js loader.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { test as base, type FrameLocator, type Page } from '@playwright/test';
import archieml from 'archieml';
import { CHART_IDS, CHARTS } from '../../src/lib/charts/catalogue';
import { test, expect } from './fixtures';
import { forEachEdition, type Edition } from './steps';

const PYM = readFileSync(
	resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js')
);
const BUILD_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT}`;

let parent: Server;
let parentOrigin = '';
/** Parent pages by path, set per test. */
const pages = new Map<string, string>();

test.beforeAll(async () => {
	parent = createServer((req, res) => {
		if (req.url === '/pym.v1.min.js')
			return res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
		if (req.url === '/favicon.ico') return res.writeHead(204).end();
		const html = pages.get(req.url ?? '');
		if (!html) return res.writeHead(404).end();
		res.writeHead(200, { 'content-type': 'text/html' }).end(html);
	});
	await new Promise<void>((ok) => parent.listen(0, '127.0.0.1', ok));
	parentOrigin = `http://127.0.0.1:${(parent.address() as AddressInfo).port}`;
});
test.afterAll(() => parent.close());

const shell = (body: string) =>
	`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>Parent</title></head><body style="margin:0">${body}</body></html>`;

/** The nth iframe's height against the height of the document inside it. */
async function fit(page: Page, frame: FrameLocator, nth = 0) {
	const outer = await page
		.locator('iframe')
		.nth(nth)
		.evaluate((f) => f.getBoundingClientRect().height);
	const inner = await frame.locator('html').evaluate((html) => ({
		content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
		scroll: html.scrollHeight,
		client: html.clientHeight
	}));
	return { outer, ...inner };
}

async function expectFitted(page: Page, frame: FrameLocator, nth = 0) {
	await expect
		.poll(
			async () => {
				const f = await fit(page, frame, nth);
				return Math.abs(f.outer - f.content) <= 2 && f.scroll <= f.client + 1;
			},
			{ timeout: 10_000 }
		)
		.toBe(true);
}

/**
 * An embed speaks its edition: <html lang>, and (Ukrainian) at least 90 % of the letters of
 * its figure Cyrillic: title, takeaway, the chart's own labels, note and summary. Left out of
 * the count, as the issue has them: the source credits (English-language titles stay as
 * published), the file formats (CSV, SVG, PNG) and the weapon names Ukrainian media write in
 * Latin letters (ATACMS, HIMARS, Storm Shadow/SCALP).
 */
async function expectEdition(frame: FrameLocator, edition: Edition) {
	await expect(frame.locator('html')).toHaveAttribute('lang', edition.locale);
	if (edition.locale === 'en') return;
	const share = await frame.locator('figure[data-chart]').evaluate((el) => {
		let text = (el as HTMLElement).innerText;
		for (const part of el.querySelectorAll<HTMLElement>('figcaption .source, .downloads'))
			text = text.replace(part.innerText, '');
		text = text.replace(/ATACMS|HIMARS|Storm Shadow|SCALP/g, ''); // as edition.test.ts
		const letters = text.match(/\p{L}/gu) ?? [];
		return (text.match(/\p{Script=Cyrillic}/gu) ?? []).length / Math.max(1, letters.length);
	});
	expect(share).toBeGreaterThanOrEqual(0.9);
}

forEachEdition((edition) => {
	// Each edition's embeds, and the loader's attribute that asks for them.
	const root = `${BUILD_ORIGIN}/${edition.path}embed`;
	const lang = edition.locale === 'en' ? '' : ` data-lang="${edition.locale}"`;
	const tag = edition.locale;

	for (const chart of CHART_IDS) {
		test(`${chart}: pym.js parent on another origin sizes the iframe at 320, 600 and 1000 px`, async ({
			page
		}) => {
			const path = `/pym-${tag}-${chart}.html`;
			pages.set(
				path,
				shell(`<div id="wr"></div><script src="/pym.v1.min.js"></script><script>
				new pym.Parent('wr', '${root}/${chart}/', { title: 'Chart' });</script>`)
			);
			for (const width of [320, 600, 1000]) {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(parentOrigin + path);
				const frame = page.frameLocator('iframe');
				await expect(frame.locator(`figure[data-chart="${chart}"]`)).toBeVisible();
				if (width === 320) await expectEdition(frame, edition);
				await expectFitted(page, frame);
			}
			// A window resize: the parent tells the child its width, the child answers its height.
			await page.setViewportSize({ width: 360, height: 800 });
			await expectFitted(page, page.frameLocator('iframe'));
		});

		test(`${chart}: the embed.js loader sizes the iframe, follows a state and a resize`, async ({
			page
		}) => {
			const states = CHARTS[chart].STATES;
			const path = `/loader-${tag}-${chart}.html`;
			pages.set(
				path,
				shell(`<p>Before</p><div data-within-range="${chart}"${lang} data-state="${states[0]}"></div>
				<script src="${BUILD_ORIGIN}/embed.js" async></script><p>After</p>`)
			);
			await page.setViewportSize({ width: 600, height: 800 });
			await page.goto(parentOrigin + path);
			const iframe = page.locator('iframe');
			await expect(iframe).toHaveAttribute('loading', 'lazy');
			await expect(iframe).toHaveAttribute('title', /.+/);
			await expect(iframe).toHaveAttribute('src', new RegExp(`^${root}/${chart}/`));
			const frame = page.frameLocator('iframe');
			await expect(frame.locator('figure')).toHaveAttribute('data-chart-state', states[0]);
			await expectEdition(frame, edition);
			await expectFitted(page, frame);
			await page.setViewportSize({ width: 320, height: 800 });
			await expectFitted(page, frame);
			// Another state, in a page with the loader again.
			pages.set(
				path,
				pages.get(path)!.replace(`data-state="${states[0]}"`, `data-state="${states.at(-1)}"`)
			);
			await page.reload();
			await expect(frame.locator('figure')).toHaveAttribute('data-chart-state', states.at(-1)!);
			await expectFitted(page, frame);
		});

		test(`${chart}: every state page, with pym.js and with the loader, in its edition`, async ({
			page
		}) => {
			// Up to eight frames at two widths: more than one page's worth of time.
			test.setTimeout(90_000);
			const states = CHARTS[chart].STATES;
			// One parent page holds every state page at once: pym.js frames, then the loader's.
			const path = `/states-${tag}-${chart}.html`;
			pages.set(
				path,
				shell(`<script src="/pym.v1.min.js"></script>
				${states.map((s, i) => `<div id="p${i}"></div><script>new pym.Parent('p${i}', '${root}/${chart}/${s}/', { title: '${s}' });</script>`).join('')}
				${states.map((s) => `<div data-within-range="${chart}"${lang} data-state="${s}"></div>`).join('')}
				<script src="${BUILD_ORIGIN}/embed.js" async></script>`)
			);
			await page.setViewportSize({ width: 600, height: 800 });
			await page.goto(parentOrigin + path);
			const frames = page.locator('iframe');
			await expect(frames).toHaveCount(2 * states.length);
			for (const width of [600, 320]) {
				await page.setViewportSize({ width, height: 800 });
				for (let i = 0; i < 2 * states.length; i++) {
					const state = states[i % states.length];
					// The loader's frames load lazily: each is brought into view in turn.
					await frames.nth(i).scrollIntoViewIfNeeded();
					const frame = frames.nth(i).contentFrame();
					await expect(frame.locator('figure')).toHaveAttribute('data-chart-state', state);
					if (width === 600) await expectEdition(frame, edition);
					await expectFitted(page, frame, i);
				}
			}
		});
	}

	// No console fixture: the 404 response itself is logged as an error.
	base('an unknown chart or state gets the 404 page in its edition', async ({ page }) => {
		const words = archieml.load(
			readFileSync(resolve(import.meta.dirname, `../../src/content/${tag}/ui.aml`), 'utf8')
		).notfound as Record<string, string>;
		for (const missing of ['nothing/', 'drones/nothing/']) {
			const response = await page.goto(`/${edition.path}embed/${missing}`);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', edition.locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading);
			// Its charts are the edition's embeds.
			const link = page.getByRole('link', { name: 'drones', exact: true });
			expect(await link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(
				`/${edition.path}embed/drones/`
			);
		}
	});
});

test('the loader ignores height messages from a foreign origin', async ({ page }) => {
	const path = '/foreign.html';
	pages.set(
		path,
		shell(
			`<div data-within-range="drones"></div><script src="${BUILD_ORIGIN}/embed.js" async></script>`
		)
	);
	await page.goto(parentOrigin + path);
	const iframe = page.locator('iframe');
	await expectFitted(page, page.frameLocator('iframe'));
	const before = await iframe.evaluate((f) => f.style.height);
	const id = await page.locator('[data-within-range]').getAttribute('data-within-range-mounted');
	// The same iframe, now showing a page from another origin that claims to be the chart.
	pages.set(
		'/impostor.html',
		shell(`<script>parent.postMessage('pymxPYMx${id}xPYMxheightxPYMx5000', '*');</script>`)
	);
	await iframe.evaluate(
		(f, src) => ((f as HTMLIFrameElement).src = src),
		`${parentOrigin}/impostor.html`
	);
	await expect(page.frameLocator('iframe').locator('body')).toBeAttached();
	await page.waitForTimeout(500);
	expect(await iframe.evaluate((f) => f.style.height)).toBe(before);
});
