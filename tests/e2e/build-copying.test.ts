// The built story page, as a reader gets it: no run of eight words of its text (the sources
// list aside, which names the reports by their own headlines) appears in a source report.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { SEEDS, htmlText, indexReports, seeds, sharedRuns, words } from '../shared/copying';

const PAGE = resolve(import.meta.dirname, '../../build/index.html');

test('the built story shares no 8-word run with any report', () => {
	const reports = seeds();
	test.skip(!reports, `no reports at ${SEEDS}`);
	if (!reports) return console.warn(`Copying check skipped: no reports at ${SEEDS}.`);
	expect(existsSync(PAGE), 'build/index.html: run `npm run build` first').toBe(true);
	const html = readFileSync(PAGE, 'utf8');
	const sourcesList = /<ol class="sources[^"]*"[\s\S]*?<\/ol>/;
	expect(html).toMatch(sourcesList);
	const text = htmlText(html.replace(sourcesList, ' '));
	// The page really is there: the dek and the methods made it into the text checked.
	expect(words(text).length).toBeGreaterThan(3000);
	expect(text).toContain('Sources and methods');
	expect(sharedRuns(text, indexReports(reports))).toEqual([]);
});
