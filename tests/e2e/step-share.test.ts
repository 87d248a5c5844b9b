// A share page for every step, in both editions: its tags and card as a crawler reads them,
// the card's pixels, the visible link into the story, and "Share this step" on each card.
// With SITE_URL set, build and test with the same value (as tests/e2e/build-share.test.ts):
//   SITE_URL=https://example.org/within-range/ npm run build
//   SITE_URL=https://example.org/within-range/ npx playwright test tests/e2e/step-share.test.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { siteUrl } from '../../src/lib/site';
import { test, expect, axeViolations } from './fixtures';
import { steps, scrollToStep, type Step } from './steps';

const SITE = siteUrl(process.env.SITE_URL);
const BUILD = resolve(import.meta.dirname, '../../build');
/** The story hydrates its charts after load and when idle: slower on a busy machine. */
const HYDRATED = { timeout: 20_000 };
const EDITIONS = [
	{
		prefix: '',
		words: { read: 'Read this in the story', share: 'Share this step', copied: 'Link copied.' }
	},
	{
		prefix: 'uk/',
		words: {
			read: 'Читати це в історії',
			share: 'Поділитися цим кроком',
			copied: 'Посилання скопійовано.'
		}
	}
];
/** The chart's box on a step card (BOX in src/lib/share/card.server.ts), in card px. */
const CHART_BOX = { x: 580, y: 64, width: 564, height: 476 };

/** A step's own page, and the same page with its one script taken out, from build/. */
const STEP_PAGE = /\/s\/[^/]+\/$/;
const withoutScript = (route: Route) =>
	route.fulfill({
		contentType: 'text/html',
		body: readFileSync(
			resolve(BUILD, `.${new URL(route.request().url()).pathname}index.html`),
			'utf8'
		).replace(/<script>[\s\S]*?<\/script>/g, '')
	});

/** The content of <meta property|name="key">, if the page has it. */
const meta = (html: string, key: string) =>
	html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(b: Buffer) {
	expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** A card's size, and a hash and the inked share of the pixels in its chart's box. */
function chartPixels(page: Page, url: string) {
	return page.evaluate(
		async ({ url, box }) => {
			const img = new Image();
			img.src = url;
			await img.decode();
			const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
			const g = canvas.getContext('2d')!;
			g.drawImage(img, 0, 0);
			const d = g.getImageData(box.x, box.y, box.width, box.height).data;
			let hash = 0;
			let inked = 0;
			for (let i = 0; i < d.length; i += 4) {
				hash = (Math.imul(hash, 31) + ((d[i] << 16) | (d[i + 1] << 8) | d[i + 2])) | 0;
				// Darker than the card's background (#fbfaf7) by more than antialiasing.
				if (d[i] + d[i + 1] + d[i + 2] < 700) inked++;
			}
			return {
				width: img.naturalWidth,
				height: img.naturalHeight,
				hash,
				inked: inked / (d.length / 4)
			};
		},
		{ url, box: CHART_BOX }
	);
}

/** The story's steps, read from the edition's page (its parsed story, as drawn). */
async function storySteps(page: Page, prefix: string): Promise<Step[]> {
	await page.goto(`/${prefix}`);
	return steps(page);
}

for (const { prefix } of EDITIONS)
	test(`/${prefix}: every step's page carries its own 1200×630 card, drawn in its state`, async ({
		page,
		request
	}, info) => {
		test.skip(info.project.name !== 'desktop', 'files, not a layout');
		test.setTimeout(120_000);
		const all = await storySteps(page, prefix);
		expect(all.length).toBeGreaterThanOrEqual(23);
		expect(all.length).toBeLessThanOrEqual(26);
		// The cards are read on the story's page: same origin, so their pixels can be read.
		const charts = new Map<string, { state: string; hash: number }>();
		for (const step of all) {
			const path = `${prefix}s/${step.id}/`;
			const html = await (await request.get(`/${path}`)).text();
			const image = `${prefix}share/s/${step.id}.png`;
			expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
			expect(meta(html, 'og:title'), path).toBeTruthy();
			if (SITE) {
				expect(meta(html, 'og:image'), path).toBe(SITE + image);
				expect(meta(html, 'twitter:image'), path).toBe(SITE + image);
				expect(meta(html, 'og:url'), path).toBe(SITE + path);
			} else expect(meta(html, 'og:image'), path).toBeUndefined();
			const png = await request.get(`/${image}`);
			expect(png.headers()['content-type']).toBe('image/png');
			expect(pngSize(await png.body()), image).toEqual({ width: 1200, height: 630 });
			const drawn = await chartPixels(page, `/${image}`);
			expect(drawn.inked, `${image}: a chart is drawn`).toBeGreaterThan(0.02);
			charts.set(step.id, { state: `${step.section}/${step.state}`, hash: drawn.hash });
		}
		// The chart in a card is its step's state: the same for two steps of one state, and
		// different for every other state of the chart.
		const cards = [...charts.entries()];
		for (const [a, ca] of cards)
			for (const [b, cb] of cards)
				if (a < b && ca.state.split('/')[0] === cb.state.split('/')[0])
					expect(ca.hash === cb.hash, `${a} and ${b}`).toBe(ca.state === cb.state);
	});

for (const { prefix, words } of EDITIONS)
	test(`/${prefix}: a step page's visible link lands on its step, in its chart state`, async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		const all = await storySteps(page, prefix);
		// Without its one script (as a reader without JavaScript sees it), the page shows the
		// card, the step's words and the link; with it, the reader is sent on at once.
		await context.route(STEP_PAGE, withoutScript);
		// One step from each part of the story: its first, its last, and two between.
		for (const step of [0, 0.33, 0.67, 1].map((f) => all[Math.round(f * (all.length - 1))])) {
			await page.goto(`/${prefix}s/${step.id}/`);
			await expect(page.locator('main img')).toHaveJSProperty('naturalWidth', 1200);
			const link = page.getByRole('link', { name: words.read });
			await expect(link).toBeVisible();
			await link.click();
			await expect(page).toHaveURL(new RegExp(`/${prefix}#${step.id}$`));
			const sticky = page.locator(`section#${step.section} .sticky`);
			await expect(sticky).toHaveAttribute('data-active-step', step.id, HYDRATED);
			await expect(sticky.locator('figure[data-chart]')).toHaveAttribute(
				'data-chart-state',
				step.state,
				HYDRATED
			);
			await expect(page.locator(`#${step.id} .card`)).toBeInViewport();
		}
		await context.unroute(STEP_PAGE);
		const last = all[all.length - 1];
		await page.goto(`/${prefix}s/${last.id}/`);
		await expect(page).toHaveURL(new RegExp(`/${prefix}#${last.id}$`));
		await expect(
			page.locator(`section#${last.section} .sticky figure[data-chart]`)
		).toHaveAttribute('data-chart-state', last.state);
	});

for (const { prefix, words } of EDITIONS)
	test(`/${prefix}: a step page without JavaScript shows its card and link, and passes axe`, async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const [step] = await storySteps(page, prefix);
		await page.goto(`/${prefix}s/${step.id}/`);
		await expect(page.locator('main img')).toHaveJSProperty('naturalWidth', 1200);
		await expect(page.locator('main img')).toHaveAttribute('alt', /.{40}/);
		await expect(page.getByRole('link', { name: words.read })).toHaveAttribute(
			'href',
			`../../${prefix ? '../uk/' : ''}#${step.id}`
		);
		await context.close();
		// axe runs script; the page, with its own removed, is what a reader without it sees.
		const axeContext = await browser.newContext();
		const axePage = await axeContext.newPage();
		await axePage.route(STEP_PAGE, withoutScript);
		await axePage.goto(`/${prefix}s/${step.id}/`);
		expect(await axeViolations(axePage)).toEqual([]);
		await axeContext.close();
	});

for (const { prefix, words } of EDITIONS)
	test(`/${prefix}: "Share this step" copies the step page's link, or shares it on a phone`, async ({
		page,
		context
	}, info) => {
		test.setTimeout(120_000); // axe over the whole story
		const phone = info.project.name === 'mobile';
		if (phone)
			await page.addInitScript(() => {
				const w = window as unknown as { shared: ShareData[] };
				w.shared = [];
				navigator.share = async (data?: ShareData) => void w.shared.push(data ?? {});
			});
		else await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const all = await storySteps(page, prefix);
		const step = all[Math.floor(all.length / 2)];
		await scrollToStep(page, step.id);
		const card = page.locator(`#${step.id} .card`);
		const share = card.getByRole('link', { name: words.share });
		await expect(share).toBeVisible();
		// A real link underneath: without script it opens the step's own page.
		await expect(share).toHaveAttribute('href', new RegExp(`/${prefix}s/${step.id}/$`));
		const url = await share.evaluate((a: HTMLAnchorElement) => a.href);
		expect(url).toBe(new URL(`/${prefix}s/${step.id}/`, page.url()).href);
		// By keyboard, as a screen reader's user would.
		await share.focus();
		await page.keyboard.press('Enter');
		if (phone) {
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
				.toEqual([{ url }]);
			await expect(card.getByRole('status')).toHaveText('');
		} else {
			await expect(card.getByRole('status')).toHaveText(words.copied);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		}
		// The story stayed where it was.
		expect(page.url()).not.toContain('/s/');
		expect(await axeViolations(page)).toEqual([]);
	});
