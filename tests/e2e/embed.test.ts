// Embeds on someone else's page: a parent served from another loopback origin, using the
// real pym.js from npm, or our own embed.js loader.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import { CHART_IDS, CHARTS } from '../../src/lib/charts/catalogue';
import { test, expect } from './fixtures';

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

/** The iframe's height against the height of the document inside it. */
async function fit(page: Page, frame: FrameLocator) {
	const outer = await page
		.locator('iframe')
		.first()
		.evaluate((f) => f.getBoundingClientRect().height);
	const inner = await frame.locator('html').evaluate((html) => ({
		content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
		scroll: html.scrollHeight,
		client: html.clientHeight
	}));
	return { outer, ...inner };
}

async function expectFitted(page: Page, frame: FrameLocator) {
	await expect
		.poll(
			async () => {
				const f = await fit(page, frame);
				return Math.abs(f.outer - f.content) <= 2 && f.scroll <= f.client + 1;
			},
			{ timeout: 10_000 }
		)
		.toBe(true);
}

for (const chart of CHART_IDS) {
	test(`${chart}: pym.js parent on another origin sizes the iframe at 320, 600 and 1000 px`, async ({
		page
	}) => {
		const path = `/pym-${chart}.html`;
		pages.set(
			path,
			shell(`<div id="wr"></div><script src="/pym.v1.min.js"></script><script>
				new pym.Parent('wr', '${BUILD_ORIGIN}/embed/${chart}/', { title: 'Chart' });</script>`)
		);
		for (const width of [320, 600, 1000]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(parentOrigin + path);
			const frame = page.frameLocator('iframe');
			await expect(frame.locator(`figure[data-chart="${chart}"]`)).toBeVisible();
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
		const path = `/loader-${chart}.html`;
		pages.set(
			path,
			shell(`<p>Before</p><div data-within-range="${chart}" data-state="${states[0]}"></div>
				<script src="${BUILD_ORIGIN}/embed.js" async></script><p>After</p>`)
		);
		await page.setViewportSize({ width: 600, height: 800 });
		await page.goto(parentOrigin + path);
		const iframe = page.locator('iframe');
		await expect(iframe).toHaveAttribute('loading', 'lazy');
		await expect(iframe).toHaveAttribute('title', /.+/);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('figure')).toHaveAttribute('data-chart-state', states[0]);
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
}

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

test('data-lang="uk" embeds the Ukrainian edition of a chart, in Ukrainian', async ({ page }) => {
	const path = '/loader-uk.html';
	pages.set(
		path,
		shell(`<div data-within-range="drones" data-lang="uk" data-state="rise"></div>
			<script src="${BUILD_ORIGIN}/embed.js" async></script>`)
	);
	await page.goto(parentOrigin + path);
	await expect(page.locator('iframe')).toHaveAttribute('src', /\/uk\/embed\/drones\//);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('figure')).toHaveAttribute('data-chart-state', 'rise');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(frame.locator('figure .title')).toContainText('дронів');
	await expectFitted(page, frame);
});
