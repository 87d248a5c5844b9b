// Checks the prerendered files themselves: what a reader without JavaScript, a crawler or a
// static host gets.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';

const BUILD = resolve(import.meta.dirname, '../../build');

test('build/index.html is prerendered with the story and its sources', () => {
	const html = readFileSync(resolve(BUILD, 'index.html'), 'utf8');
	expect(html).toMatch(
		/<h1[^>]*>What Ukraine's American missiles can now reach inside Russia<\/h1>/
	);
	// The opening's map is drawn by the server, above the dek.
	expect(html.indexOf('class="hero')).toBeGreaterThan(0);
	expect(html.indexOf('class="hero')).toBeLessThan(html.indexOf('class="dek'));
	expect(html).toContain('more than 2,000');
	expect(html).toContain('id="source-ds-kiel-r29"');
	// Relative asset paths: the build works from any folder.
	expect(html).not.toMatch(/(src|href)="\/_app\//);
	expect(html).toMatch(/(src|href)="\.\/_app\//);
});

test('no server code ships in build/', () => {
	expect(existsSync(resolve(BUILD, 'index.html'))).toBe(true);
	expect(existsSync(resolve(BUILD, 'server'))).toBe(false);
});

test('every embed page is prerendered with its chart as SVG with marks and its styles inline', () => {
	for (const chart of ['timeline', 'drones', 'assault', 'casualties', 'aid', 'troops', 'reach']) {
		const html = readFileSync(resolve(BUILD, 'embed', chart, 'index.html'), 'utf8');
		expect(html, chart).toContain(`data-chart="${chart}"`);
		const graphic = html.slice(html.indexOf('class="graphic'), html.indexOf('<figcaption'));
		expect(graphic, chart).toContain('<svg');
		expect(graphic.match(/<(rect|path|circle|line)\b/g)?.length ?? 0, chart).toBeGreaterThan(3);
		// The chart's own styles are in the page: no layout shift, and styled without JavaScript.
		expect(html, chart).toMatch(/<style[^>]*>[\s\S]*\.graphic/);
	}
});
