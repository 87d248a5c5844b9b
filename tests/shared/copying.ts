// The copying check: no run of eight words of our text may appear in a source report.
// Shared by the unit test (the copy and chart words, rendered) and the build test (the page).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
export const RUN = 8;

/** Lowercase words, with curly quotes, dashes and other punctuation reduced to spaces. */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.replace(/[^\p{L}\p{N}'$€%.,]+/gu, ' ')
		.replace(/(?<!\d)[.,]|[.,](?!\d)/g, ' ')
		.replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** Every run of RUN words, joined by single spaces. */
export function runs(text: string): Set<string> {
	const w = words(text);
	const out = new Set<string>();
	for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
	return out;
}

/** The seed reports by file name, or null when the folder is absent. */
export function seeds(dir = SEEDS): Map<string, string> | null {
	if (!existsSync(dir)) return null;
	const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
	return new Map(files.map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));
}

/** Each report's runs, computed once. */
export function indexReports(reports: Map<string, string>): Map<string, Set<string>> {
	return new Map([...reports].map(([file, text]) => [file, runs(text)]));
}

/** Each run of ours that a report shares, as `file: "the words"`. */
export function sharedRuns(text: string, index: Map<string, Set<string>>): string[] {
	const found: string[] = [];
	for (const r of runs(text))
		for (const [file, theirs] of index) if (theirs.has(r)) found.push(`${file}: "${r}"`);
	return found;
}

/** The visible text of an HTML page: scripts, styles and tags stripped, entities decoded. */
export function htmlText(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
}
