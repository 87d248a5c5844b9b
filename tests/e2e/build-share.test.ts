// The share cards, chart downloads and social tags as the build wrote them (no browser):
// PNG sizes read from their headers, SVGs checked as markup, tags read from the HTML.
// With SITE_URL set, build and test with the same value:
//   SITE_URL=https://example.org/within-range/ npm run build
//   SITE_URL=https://example.org/within-range/ npx playwright test --project=build
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { CHARTS, CHART_IDS } from '../../src/lib/charts/catalogue';
import { siteUrl } from '../../src/lib/site';

const BUILD = resolve(import.meta.dirname, '../../build');
const SITE = siteUrl(process.env.SITE_URL);

/** Width and height from a PNG's signature and IHDR chunk; throws if it is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
	const b = readFileSync(file);
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!b.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
	if (b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR first`);
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every tag opened is closed, in order, after one root <svg>; no stray ampersand. */
function wellFormedSvg(xml: string): boolean {
	if (!/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(xml.trim())) return false;
	const stack: string[] = [];
	for (const m of xml.matchAll(/<(\/?)([\w:-]+)[^>]*?(\/?)>/g)) {
		if (m[3]) continue;
		if (!m[1]) stack.push(m[2]);
		else if (stack.pop() !== m[2]) return false;
	}
	return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/.test(xml);
}

/** The content of <meta property|name="key">, if the page has it. */
function meta(html: string, key: string): string | undefined {
	const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
	return tag?.[1];
}

const PAGES = [
	{ file: 'index.html', path: '', image: 'share/story.png' },
	{ file: 'uk/index.html', path: 'uk/', image: 'uk/share/story.png' },
	...CHART_IDS.map((c) => ({
		file: `embed/${c}/index.html`,
		path: `embed/${c}/`,
		image: `share/${c}.png`
	}))
];

test('every share card is a 1200×630 PNG', () => {
	for (const name of [...CHART_IDS, 'story', '../uk/share/story']) {
		const file = resolve(BUILD, 'share', `${name}.png`);
		expect(existsSync(file), file).toBe(true);
		expect(pngSize(file), name).toEqual({ width: 1200, height: 630 });
	}
});

test('every chart state has a standalone SVG with marks and text, and its PNG, in each edition', () => {
	for (const data of ['data', 'uk/data'])
		for (const chart of CHART_IDS)
			for (const state of CHARTS[chart].STATES) {
				const svgFile = resolve(BUILD, data, chart, `${state}.svg`);
				const pngFile = resolve(BUILD, data, chart, `${state}.png`);
				expect(existsSync(svgFile), svgFile).toBe(true);
				expect(existsSync(pngFile), pngFile).toBe(true);
				const svg = readFileSync(svgFile, 'utf8');
				expect(wellFormedSvg(svg), `${chart}/${state}.svg is well-formed`).toBe(true);
				expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
				// Marks in resolved colours, never CSS a standalone file cannot resolve.
				expect(svg).toMatch(/<(rect|circle|path|line)\b[^>]*\b(fill|stroke)="#[0-9a-f]{3,6}"/i);
				expect(svg).not.toMatch(/var\(|light-dark\(|NaN/);
				expect((svg.match(/<text\b/g) ?? []).length, 'text elements').toBeGreaterThan(3);
				expect(svg).toMatch(/<title>[^<]+<\/title>/);
				expect(svg).toMatch(data === 'data' ? /Sources?: / : /Джерел[оа]: /);
				expect(pngSize(pngFile).width, `${chart}/${state}.png`).toBe(1200);
			}
});

test('the story and every embed page carry Open Graph and Twitter tags', () => {
	for (const p of PAGES) {
		const html = readFileSync(resolve(BUILD, p.file), 'utf8');
		expect(meta(html, 'og:title'), p.file).toBeTruthy();
		expect(meta(html, 'og:description'), p.file).toBeTruthy();
		expect(meta(html, 'og:type'), p.file).toMatch(/^(article|website)$/);
		expect(meta(html, 'twitter:card'), p.file).toBe('summary_large_image');
	}
});

test('card URLs are absolute with SITE_URL, and left out without it', () => {
	for (const p of PAGES) {
		const html = readFileSync(resolve(BUILD, p.file), 'utf8');
		const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
		if (SITE) {
			expect(canonical, p.file).toBe(SITE + p.path);
			expect(meta(html, 'og:url'), p.file).toBe(SITE + p.path);
			expect(meta(html, 'og:image'), p.file).toBe(SITE + p.image);
			expect(meta(html, 'twitter:image'), p.file).toBe(SITE + p.image);
			expect(meta(html, 'og:image:width'), p.file).toBe('1200');
			expect(meta(html, 'og:image:height'), p.file).toBe('630');
			expect(meta(html, 'og:image:alt'), p.file).toBeTruthy();
		} else {
			expect(canonical, p.file).toBeUndefined();
			expect(meta(html, 'og:url'), p.file).toBeUndefined();
			expect(meta(html, 'og:image'), p.file).toBeUndefined();
		}
	}
});

test('hreflang alternates: absolute both ways and x-default with SITE_URL, none without', () => {
	const stepPages = (root: string) =>
		readdirSync(resolve(BUILD, root, 's')).map((step) => `s/${step}/`);
	const pages = ['', ...stepPages('')];
	expect(pages.length).toBeGreaterThan(20);
	for (const path of pages)
		for (const edition of ['', 'uk/']) {
			const file = `${edition}${path}index.html`;
			const html = readFileSync(resolve(BUILD, file), 'utf8');
			const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]*)" href="([^"]*)"/g)];
			// Every alternate link is one of these (none written another way).
			expect((html.match(/<link[^>]*rel="alternate"/g) ?? []).length, file).toBe(links.length);
			expect(
				links.map((m) => [m[1], m[2]]),
				file
			).toEqual(
				SITE
					? [
							['en', SITE + path],
							['uk', `${SITE}uk/${path}`],
							['x-default', SITE + path]
						]
					: []
			);
		}
});
