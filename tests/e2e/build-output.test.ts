// Checks the prerendered files themselves: what a reader without JavaScript, a crawler or a
// static host gets.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';

const BUILD = resolve(import.meta.dirname, '../../build');

test('build/index.html is prerendered with the story and its sources', () => {
	const html = readFileSync(resolve(BUILD, 'index.html'), 'utf8');
	expect(html).toMatch(/<h1[^>]*>Within Range<\/h1>/);
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
