// The words files of every edition, read at build time: src/content/<locale>/ui.aml (the
// interface) and src/content/<locale>/charts/<chart>.aml (each chart's own words).
import archieml from 'archieml';
import { DataError, type DataIssue } from '$lib/data/errors';
import { shape, type ChartWords, type Words } from './words';
import type { Locale } from './format';
import type { Figure, Source } from '$lib/data/schema';

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

/** What an edition lacks: the problem, naming the edition, the file and the key. */
const lack = (locale: Locale, path: string, key: string) =>
	`the ${locale} edition: src/content/${path} lacks ${key.startsWith('"') ? key : `"${key}"`}`;

/** A key of shape() as the message names it: `"n.*" with {a}, {b}`. */
const described = (k: string) => {
	const [, key, holes] = /^(.*)\((.*)\)$/.exec(k)!;
	return `"${key}"${holes ? ` with {${holes.split(',').join('}, {')}}` : ''}`;
};

/** Stops the build on everything an edition's words lack, each named. */
function stop(problems: string[]) {
	if (problems.length)
		throw new Error(`Words missing in an edition:\n  - ${problems.join('\n  - ')}`);
}

const checked = new Set<string>();

/**
 * An edition's words file, which must give every key (and placeholder) the English one does:
 * an edition never speaks English unnoticed, so a missing file or key stops the build.
 */
export function editionWords(path: string, locale: Locale): Words {
	const own = `${locale}/${path}`;
	if (files[`/src/content/${own}`] === undefined)
		stop([`the ${locale} edition has no src/content/${own} (English has en/${path})`]);
	const words = wordsFile(own);
	if (locale === 'en' || checked.has(own)) return words;
	stop(lacking(wordsFile(`en/${path}`), words, locale, own));
	checked.add(own);
	return words;
}

/** Every key (with its placeholders) of the English words that an edition's words lack. */
export function lacking(english: Words, edition: Words, locale: Locale, path: string): string[] {
	const theirs = new Set(shape(edition));
	return shape(english)
		.filter((k) => !theirs.has(k))
		.map((k) => lack(locale, path, described(k)));
}

/** What one chart speaks with: the interface's words (but the pages') and its own. */
export function chartWords(chart: string, locale: Locale = 'en'): ChartWords {
	const own = editionWords(`charts/${chart}.aml`, locale);
	const ui = Object.entries(editionWords('ui.aml', locale)).filter(
		([k]) => !PAGE_GROUPS.includes(k.split('.')[0])
	);
	// The file travels with the words, so that a name missing from them is named with it.
	return {
		locale,
		text: { ...Object.fromEntries(ui), ...own },
		file: `src/content/${locale}/charts/${chart}.aml`
	};
}

/**
 * The interface's words (src/content/<locale>/ui.aml), all of them or only the named groups
 * and keys ('embed', 'sources.title'): a page hydrated in the browser ships only those it uses.
 */
export function uiWords(groups?: string[], locale: Locale = 'en'): ChartWords {
	const all = editionWords('ui.aml', locale);
	if (!groups) return { locale, text: all };
	const wanted = (key: string) => groups.some((g) => key === g || key.startsWith(`${g}.`));
	return { locale, text: Object.fromEntries(Object.entries(all).filter(([k]) => wanted(k))) };
}

/** An edition's words for names read from data/, each of which it must give. */
function namesIn(path: string, locale: Locale) {
	const words = wordsFile(`${locale}/${path}`);
	const problems: string[] = [];
	const get = (key: string) => {
		if (words[key] === undefined) problems.push(lack(locale, `${locale}/${path}`, key));
		return words[key] ?? '';
	};
	return { get, optional: (key: string) => words[key], done: () => stop(problems) };
}

/** data/sources.csv's word for a publisher or licence a source does not give. */
const NOT_STATED = 'not stated';

/**
 * The sources as an edition credits them, from its src/content/<locale>/credits.aml: each
 * one's credit, note, publisher and licence in its language, every one required. Titles of
 * English-language sources stay as published; only a title we gave (an untitled report) may
 * be the edition's own. English keeps data/sources.csv's.
 */
export function creditedSources<
	S extends Pick<Source, 'id' | 'credit' | 'note' | 'title' | 'publisher' | 'licence'>
>(sources: S[], locale: Locale): S[] {
	if (locale === 'en') return sources;
	editionFile('credits.aml', locale);
	const words = namesIn('credits.aml', locale);
	const stated = (v: string, key: string) => (v && v !== NOT_STATED ? words.get(key) : v);
	const out = sources.map((s) => ({
		...s,
		credit: words.get(`credit.${s.id}`),
		note: s.note ? words.get(`note.${s.id}`) : s.note,
		publisher: stated(s.publisher, `publisher.${s.id}`),
		licence: stated(s.licence, `licence.${s.id}`),
		title: words.optional(`title.${s.id}`) ?? s.title
	}));
	words.done();
	return out;
}

/** A figure as the sources section lists it: whether its date is our inference, too. */
export type ListedFigure = Figure & { inferred: boolean };

/**
 * Every figure as an edition describes it: what it counts and its note, from its
 * src/content/<locale>/figures.aml (English: data/'s own). Whether its date is inferred is
 * read from data/'s note, which says so, before the words change.
 */
export function describedFigures(figures: Figure[], locale: Locale): ListedFigure[] {
	const listed = figures.map((f) => ({
		...f,
		inferred: /\bdate inferred\b|\bis inferred\b/i.test(f.note)
	}));
	if (locale === 'en') return listed;
	editionFile('figures.aml', locale);
	const words = namesIn('figures.aml', locale);
	const out = listed.map((f) => ({
		...f,
		counts: words.get(`counts.${f.id}`),
		note: f.note ? words.get(`note.${f.id}`) : f.note
	}));
	words.done();
	return out;
}

/** An edition's own file of names (credits, figures), which it must have. */
function editionFile(path: string, locale: Locale) {
	if (files[`/src/content/${locale}/${path}`] === undefined)
		stop([`the ${locale} edition has no src/content/${locale}/${path}`]);
}
