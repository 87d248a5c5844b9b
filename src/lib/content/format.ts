// Numbers, money and dates as a locale writes them: the one place the story's figures are
// formatted, so a second edition changes a locale, not code. The rules are Intl's, read off it
// as tables (tables.ts): the server reads them, the browser is given them with a chart's words
// and never pays for an Intl formatter (the first costs 80–170 ms on a slow phone).
import type { Figure } from '$lib/data/schema';
import { tablesFromIntl, type Tables } from './tables';

export type Locale = 'en' | 'uk';

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

const cache = new Map<Locale, Formats>();
const given = new Map<Locale, Tables>();

/** Each locale's tables: as given (the browser), else read off Intl (the server only). */
function tablesOf(locale: Locale): Tables {
	let t = given.get(locale);
	if (!t && import.meta.env.SSR) given.set(locale, (t = tablesFromIntl(locale)));
	if (!t) throw new Error(`No ${locale} format tables in the browser`);
	return t;
}

/**
 * A number's whole and decimal digits as Intl rounds them (from its shortest decimal form,
 * halves away from zero), to `digits` decimals or up to 20. NaN reads "NaN", Infinity "Infinity".
 */
function digitsOf(value: number, digits?: number): [string, string] {
	const [mantissa, exp = 0] = String(value).split('e');
	const plain = mantissa.replace('.', '');
	const point = mantissa.split('.')[0].length + +exp;
	const all = point > 0 ? plain.padEnd(point, '0') : '0'.repeat(1 - point) + plain;
	const at = Math.max(point, 1);
	const max = digits ?? 20;
	let int = all.slice(0, at);
	let frac = all.slice(at);
	if (frac.length > max) {
		const whole = BigInt(int + frac.slice(0, max)) + (frac[max] >= '5' ? 1n : 0n);
		const text = String(whole).padStart(at + max, '0');
		int = text.slice(0, text.length - max);
		frac = text.slice(text.length - max);
	}
	return [int, frac.replace(/0+$/, '').padEnd(digits ?? 0, '0')];
}

/** The formats of one locale, built once; `tables` are given in the browser (a chart's words). */
export function formats(locale: Locale, tables?: Tables): Formats {
	if (tables) given.set(locale, tables);
	const known = cache.get(locale);
	if (known) return known;
	const month = (iso: string, names: string[]) => names[utc(iso).getUTCMonth()];
	const made: Formats = {
		locale,
		n(value, digits) {
			// Whole numbers under 1,000 read the same in every edition: no tables needed.
			if (Number.isInteger(value) && value >= 0 && value < 1000 && !digits) return String(value);
			const t = tablesOf(locale);
			const [int, frac] = digitsOf(Math.abs(value), digits);
			return (
				(value < 0 ? t.minus : '') +
				int.replace(/\B(?=(\d{3})+$)/g, t.group) +
				(frac && t.decimal + frac)
			);
		},
		date(iso) {
			const t = tablesOf(locale);
			const d = utc(iso);
			const p = iso.split('-').length > 2 ? t.day : t.month;
			return p.pattern
				.replace('{d}', String(d.getUTCDate()))
				.replace('{m}', p.months[d.getUTCMonth()])
				.replace('{y}', String(d.getUTCFullYear()));
		},
		monthName: (iso) => month(iso, tablesOf(locale).names),
		monthShort: (iso, withYear = false) =>
			month(iso, tablesOf(locale).short) + (withYear ? ` ${iso.slice(0, 4)}` : ''),
		list(items, type = 'and') {
			const j = tablesOf(locale).lists[type];
			return items.length < 3
				? items.join(j.two)
				: items[0] + j.start + items.slice(1, -1).join(j.middle) + j.end + items.at(-1);
		}
	};
	cache.set(locale, made);
	return made;
}

/** A figure's unit, as its words file spells it: "unit.km" → "{value} km". */
export type AmountUnit = Exclude<Figure['unit'], 'date'>;
