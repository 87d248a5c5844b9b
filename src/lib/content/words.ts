// Words readers see, kept in src/content/<lang>/*.aml and looked up by key: code holds keys,
// never English. Light enough for the browser (the files are parsed at build time). A key's
// text may hold {placeholders}, filled at the call: numbers are formatted for the edition's
// locale, strings go in as they are.
import type { Figure, Qualifier } from '$lib/data/schema';
import { formats, type Formats, type Locale } from './format';
import type { Tables } from './tables';

/** One file's words: dotted key → text. */
export type Words = Record<string, string>;

/** What a chart is given to speak with: its words (and the interface's), and their locale. */
export interface ChartWords {
	locale: Locale;
	text: Words;
	/** The chart's words file, named when an edition's words lack a name (build time). */
	file?: string;
	/** The locale's number, date and list tables: the browser's formats (the server reads Intl). */
	tables?: Tables;
}

export type Values = Record<string, string | number>;

/** A function that speaks: say('summary.year', { lo: 1960 }), plus the locale's formats. */
export interface Say extends Formats {
	(key: string, values?: Values): string;
	has: (key: string) => boolean;
	/** The form of `key` for a count, by the locale's plural rules: `key.one`, `key.few`, … `key.other`. */
	plural: (key: string, count: number, values?: Values) => string;
	/** A figure in prose: "more than 2,000", "$55.5 billion", "17 November 2024". */
	figure: (fig: Figure) => string;
	/** A qualifier's words ("more than"), empty for an exact figure. */
	qualifier: (q: Qualifier) => string;
	/**
	 * A name read from data/ in the edition's words, `group.<slug>` ("name.orel"). English
	 * may fall back to `fallback` (data/'s own text, which is English); an edition that lacks
	 * the key is an error naming the edition, its file and the key, so the build stops.
	 */
	named: (group: string, id: string, fallback?: string) => string;
}

/** A text with its first letter a capital, as the locale writes one ("січень" → "Січень"). */
export function capitalise(text: string, { locale }: Pick<Formats, 'locale'>): string {
	return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A data/ text as a key's last part: "Orël" → "orel", "Kh-101/Kalibr" → "kh-101-kalibr". */
export const slug = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

const HOLE = /\{([a-zA-Z0-9]+)\}/g;

/** Fills a text's {placeholders}; a missing value is the code's error, named. */
export function fill(text: string, values: Values, f: Formats, key: string): string {
	return text.replace(HOLE, (_, name: string) => {
		const v = values[name];
		if (v === undefined) throw new Error(`Words "${key}" need a value for {${name}}.`);
		return typeof v === 'number' ? f.n(v) : v;
	});
}

/** The speaking function for one set of words in one locale. */
export function sayer({ locale, text, file, tables }: ChartWords): Say {
	const f = formats(locale, tables);
	const say = ((key: string, values: Values = {}) => {
		const t = text[key];
		if (t === undefined) throw new Error(`No words for "${key}" (${locale}) in src/content/.`);
		return fill(t, values, f, key);
	}) as Say;
	Object.assign(say, f);
	say.has = (key) => text[key] !== undefined;
	// Built at the first plural: an Intl object costs its locale data, and most pages never ask.
	let rules: Intl.PluralRules | undefined;
	say.plural = (key, count, values = {}) => {
		rules ??= new Intl.PluralRules(locale);
		const form = `${key}.${rules.select(count)}`;
		return say(say.has(form) ? form : `${key}.other`, { count, ...values });
	};
	say.named = (group, id, fallback = id) => {
		const key = `${group}.${slug(id)}`;
		if (say.has(key)) return say(key);
		if (locale === 'en') return fallback;
		throw new Error(
			`The ${locale} edition: ${file ?? `src/content/${locale}/`} lacks "${key}" (data/: "${id}").`
		);
	};
	say.qualifier = (q) => (q === 'exact' ? '' : say(`qualifier.${q.replace(' ', '-')}`));
	say.figure = (fig) => {
		const body =
			fig.unit === 'date' ? f.date(fig.value) : say(`unit.${fig.unit}`, { value: fig.value });
		const q = say.qualifier(fig.qualifier);
		return q ? `${q} ${body}` : body;
	};
	return say;
}

/**
 * What a words file must share with another edition's: its keys and each key's placeholders.
 * Plural forms count as one key (`n.one`, `n.few`, `n.other` → `n.*`): languages need
 * different forms, and their placeholders are merged.
 */
export function shape(words: Words): string[] {
	const keys = new Map<string, Set<string>>();
	for (const [key, text] of Object.entries(words)) {
		const k = key.replace(/\.(zero|one|two|few|many|other)$/, '.*');
		const holes = keys.get(k) ?? new Set<string>();
		for (const m of text.matchAll(HOLE)) if (m[1] !== 'count') holes.add(m[1]);
		keys.set(k, holes);
	}
	return [...keys].map(([k, h]) => `${k}(${[...h].sort().join(',')})`).sort();
}
