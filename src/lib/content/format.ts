// Numbers, money and dates as a locale writes them, through Intl: the one place the story's
// figures are formatted, so a second edition changes a locale, not code.
import type { Figure } from '$lib/data/schema';

export type Locale = 'en' | 'uk';

/**
 * Intl's locale per edition: British dates and lists ("A, B and C"), but US short months
 * ("Sep", not "Sept").
 */
const TAGS: Record<Locale, { number: string; date: string; short: string; list: string }> = {
	en: { number: 'en-US', date: 'en-GB', short: 'en-US', list: 'en-GB' },
	uk: { number: 'uk', date: 'uk', short: 'uk', list: 'uk' }
};

const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d || 1));
};

export interface Formats {
	locale: Locale;
	/** 1,960 (en) or 1 960 (uk); `digits` fixes the decimals. */
	n: (value: number, digits?: number) => string;
	/** "17 November 2024", or "November 2024" for a month (YYYY-MM). */
	date: (iso: string) => string;
	/** "November", a month's name alone. */
	monthName: (iso: string) => string;
	/** "Nov", or "Nov 2024" with its year. */
	monthShort: (iso: string, withYear?: boolean) => string;
	/**
	 * "Kursk, Bryansk and Orël": a list joined as the locale joins one; `or` lists
	 * alternatives, `unit` runs values together ("502, 600").
	 */
	list: (items: string[], type?: 'and' | 'or' | 'unit') => string;
}

/** Ukrainian groups thousands with a narrow no-break space (Intl gives a full one). */
const NARROW = '\u202f';

const cache = new Map<Locale, Formats>();

/** Makes a value on first use: the page's first task should not pay for formats it never uses. */
function lazy<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

/** The formats of one locale, built once, each Intl object on first use: they are costly to make. */
export function formats(locale: Locale): Formats {
	const known = cache.get(locale);
	if (known) return known;
	const tag = TAGS[locale];
	const numbers = new Map<number | undefined, Intl.NumberFormat>();
	const dtf = (t: string, o: Intl.DateTimeFormatOptions) =>
		lazy(() => new Intl.DateTimeFormat(t, { timeZone: 'UTC', ...o }));
	const day = dtf(tag.date, { day: 'numeric', month: 'long', year: 'numeric' });
	const month = dtf(tag.date, { month: 'long', year: 'numeric' });
	const name = dtf(tag.date, { month: 'long' });
	const short = dtf(tag.short, { month: 'short' });
	const lists = {
		and: lazy(() => new Intl.ListFormat(tag.list, { type: 'conjunction' })),
		or: lazy(() => new Intl.ListFormat(tag.list, { type: 'disjunction' })),
		unit: lazy(() => new Intl.ListFormat(tag.list, { type: 'unit', style: 'short' }))
	};
	const made: Formats = {
		locale,
		n(value, digits) {
			// Whole numbers under 1,000 read the same in every edition: no Intl object needed
			// (making one costs the page's first task dearly on a slow phone).
			if (Number.isInteger(value) && value >= 0 && value < 1000 && !digits) return String(value);
			let f = numbers.get(digits);
			if (!f) {
				f = new Intl.NumberFormat(tag.number, {
					maximumFractionDigits: digits ?? 20,
					minimumFractionDigits: digits ?? 0
				});
				numbers.set(digits, f);
			}
			return locale === 'uk' ? f.format(value).replace(/\u00a0/g, NARROW) : f.format(value);
		},
		date: (iso) => {
			const text = (iso.split('-').length > 2 ? day : month)().format(utc(iso));
			// Ukrainian prose writes the year out: "17 листопада 2024 року", not "… р.".
			return locale === 'uk' ? text.replace(/ р\.$/, ' року') : text;
		},
		monthName: (iso) => name().format(utc(iso)),
		monthShort: (iso, withYear = false) =>
			short().format(utc(iso)) + (withYear ? ` ${iso.slice(0, 4)}` : ''),
		list: (items, type = 'and') => lists[type]().format(items)
	};
	cache.set(locale, made);
	return made;
}

/** A figure's unit, as its words file spells it: "unit.km" → "{value} km". */
export type AmountUnit = Exclude<Figure['unit'], 'date'>;
