// The words files of every edition, read at build time: src/content/<locale>/ui.aml (the
// interface) and src/content/<locale>/charts/<chart>.aml (each chart's own words).
import archieml from 'archieml';
import { DataError, type DataIssue } from '$lib/data/errors';
import type { ChartWords, Words } from './words';
import type { Locale } from './format';
import type { Source } from '$lib/data/schema';

const KEY = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/**
 * Reads a words file: ArchieML keys (dotted for groups) to text. Every key must be a
 * lower-case id and every text non-empty; problems name the file and line.
 */
export function parseWords(raw: string, file: string): Words {
	const issues: DataIssue[] = [];
	const lineOf = (key: string) => {
		const last = key.split('.').pop() ?? key;
		const i = raw.split('\n').findIndex((l) => l.trimStart().startsWith(`${last}:`));
		return i + 1;
	};
	const out: Words = {};
	const walk = (node: unknown, prefix: string) => {
		if (typeof node === 'string') {
			if (!KEY.test(prefix))
				issues.push({
					file,
					line: lineOf(prefix),
					field: prefix,
					reason: 'a key is lower-case letters, digits, - and .'
				});
			else if (!node.trim())
				issues.push({ file, line: lineOf(prefix), field: prefix, reason: 'missing or empty' });
			else out[prefix] = node.trim();
		} else if (node && typeof node === 'object' && !Array.isArray(node))
			for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
		else issues.push({ file, line: lineOf(prefix), field: prefix, reason: 'expected text' });
	};
	walk(archieml.load(raw), '');
	if (issues.length) throw new DataError(issues);
	return out;
}

const files = import.meta.glob('/src/content/*/**/*.aml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const parsed = new Map<string, Words>();

/** A words file by its path under src/content/, parsed once; a missing one is named. */
export function wordsFile(path: string): Words {
	const known = parsed.get(path);
	if (known) return known;
	const raw = files[`/src/content/${path}`];
	if (raw === undefined) throw new Error(`src/content/${path} is missing.`);
	const words = parseWords(raw, `src/content/${path}`);
	parsed.set(path, words);
	return words;
}

/**
 * The groups of ui.aml that pages speak, not charts: each page's load passes its own, and a
 * chart's words (fetched with its data) leave them out.
 */
const PAGE_GROUPS = ['embed', 'page', 'sources', 'share', 'notfound'];

/** What one chart speaks with: the interface's words (but the pages') and its own. */
export function chartWords(chart: string, locale: Locale = 'en'): ChartWords {
	// An edition not yet translated speaks English (tests/e2e count its Cyrillic letters).
	const path = [`${locale}/charts/${chart}.aml`, `en/charts/${chart}.aml`].find(
		(p) => files[`/src/content/${p}`] !== undefined
	);
	const own = path ? wordsFile(path) : {};
	const ui = Object.entries(wordsFile(`${locale}/ui.aml`)).filter(
		([k]) => !PAGE_GROUPS.includes(k.split('.')[0])
	);
	return { locale, text: { ...Object.fromEntries(ui), ...own } };
}

/**
 * The interface's words (src/content/<locale>/ui.aml), all of them or only the named groups
 * and keys ('embed', 'sources.title'): a page hydrated in the browser ships only those it uses.
 */
export function uiWords(groups?: string[], locale: Locale = 'en'): ChartWords {
	const all = wordsFile(`${locale}/ui.aml`);
	if (!groups) return { locale, text: all };
	const wanted = (key: string) => groups.some((g) => key === g || key.startsWith(`${g}.`));
	return { locale, text: Object.fromEntries(Object.entries(all).filter(([k]) => wanted(k))) };
}

/**
 * The sources as an edition credits them: its src/content/<locale>/credits.aml describes each
 * in its language (titles of English-language sources stay as published, inside the
 * description); English, or a source it does not name, keeps data/sources.csv's credit.
 */
export function creditedSources<S extends Pick<Source, 'id' | 'credit'>>(
	sources: S[],
	locale: Locale
): S[] {
	const path = `${locale}/credits.aml`;
	if (locale === 'en' || files[`/src/content/${path}`] === undefined) return sources;
	const credits = wordsFile(path);
	return sources.map((s) => ({ ...s, credit: credits[`credit.${s.id}`] ?? s.credit }));
}
