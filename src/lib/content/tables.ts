// A locale's ways of writing numbers, dates and lists, read off Intl as tables (format.ts writes
// with them). Made where Intl is cheap, on the server: the browser receives them with a chart's
// words and never makes an Intl formatter, whose first costs the page 20–40 ms of ICU set-up
// (80–170 ms on a slow phone). Reading the rules off Intl, not typing them, keeps Intl the
// authority: tests/unit/format-tables.test.ts holds the tables' output to Intl's.
import type { Locale } from './format';

/** Between the items of a list: of two, and of more (after the first, the middle ones, before the last). */
export interface ListJoins {
	two: string;
	start: string;
	middle: string;
	end: string;
}

/** A date's pattern, with {d}, {m} and {y} where the day, the month's name and the year go. */
export interface DatePattern {
	pattern: string;
	/** The month's name in this pattern, January first (Ukrainian: genitive after a day). */
	months: string[];
}

export interface Tables {
	/** Between groups of three digits, before the decimals, before a negative number. */
	group: string;
	decimal: string;
	minus: string;
	/** "17 November 2024". */
	day: DatePattern;
	/** "November 2024". */
	month: DatePattern;
	/** A month's name alone, and its short form ("November", "Nov"), January first. */
	names: string[];
	short: string[];
	lists: Record<'and' | 'or' | 'unit', ListJoins>;
}

/**
 * Intl's locale per edition: British dates and lists ("A, B and C"), but US short months
 * ("Sep", not "Sept") and US numbers. Where the story writes otherwise, the tables say so.
 */
const TAGS: Record<Locale, { number: string; date: string; short: string; list: string }> = {
	en: { number: 'en-US', date: 'en-GB', short: 'en-US', list: 'en-GB' },
	uk: { number: 'uk', date: 'uk', short: 'uk', list: 'uk' }
};

const MONTHS = [...Array(12).keys()];
const PLACE: Record<string, string> = { day: '{d}', month: '{m}', year: '{y}' };

function datePattern(tag: string, options: Intl.DateTimeFormatOptions): DatePattern {
	const f = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
	const dates = MONTHS.map((m) => new Date(Date.UTC(2024, m, 17)));
	const each = dates.map((d) => f.formatToParts(d));
	// V8's format() writes a plain space where its parts keep ICU's narrow one ("2024 р."):
	// the tables write what format() writes.
	const patterns = new Set(
		each.map((p) => p.map((x) => PLACE[x.type] ?? x.value.replace(/\u202f/g, ' ')).join(''))
	);
	const pattern = [...patterns][0];
	const months = each.map((p) => p.find((x) => x.type === 'month')!.value);
	// One pattern for every month, that writes what Intl writes, or the tables are wrong.
	const wrote = (d: Date, i: number) =>
		pattern.replace('{d}', '17').replace('{m}', months[i]).replace('{y}', '2024') === f.format(d);
	if (patterns.size !== 1 || !dates.every(wrote))
		throw new Error(`${tag}: no one pattern writes its dates (${[...patterns]})`);
	return { pattern, months };
}

function listJoins(tag: string, options: Intl.ListFormatOptions): ListJoins {
	const f = new Intl.ListFormat(tag, options);
	const joins = (n: number) => {
		const parts = f.formatToParts([...Array(n).keys()].map((i) => `x${i}`));
		// Words only between the items, never before the first or after the last.
		if (parts[0].type !== 'element' || parts.at(-1)!.type !== 'element')
			throw new Error(`${tag}: a list has words around its items`);
		return parts.filter((p) => p.type === 'literal').map((p) => p.value);
	};
	const [two] = joins(2);
	const [start, middle, end] = joins(4);
	return { two, start, middle, end };
}

/** Ukrainian prose writes the year out: "17 листопада 2024 року", not "… р.". */
const yearOut = (p: DatePattern): DatePattern => ({
	...p,
	pattern: p.pattern.replace(/ р\.$/, ' року')
});

/** The tables of `locale`, read off Intl: on the server, and in tests. */
export function tablesFromIntl(locale: Locale): Tables {
	const tag = TAGS[locale];
	const uk = locale === 'uk';
	const number = new Intl.NumberFormat(tag.number).formatToParts(-12345.5);
	const part = (type: string) => number.find((p) => p.type === type)!.value;
	const names = new Intl.DateTimeFormat(tag.date, { timeZone: 'UTC', month: 'long' });
	const short = new Intl.DateTimeFormat(tag.short, { timeZone: 'UTC', month: 'short' });
	return {
		// Ukrainian groups thousands with a narrow no-break space (Intl gives a full one).
		group: uk ? '\u202f' : part('group'),
		decimal: part('decimal'),
		minus: part('minusSign'),
		day: yearOut(datePattern(tag.date, { day: 'numeric', month: 'long', year: 'numeric' })),
		month: yearOut(datePattern(tag.date, { month: 'long', year: 'numeric' })),
		names: MONTHS.map((m) => names.format(new Date(Date.UTC(2024, m, 1)))),
		short: MONTHS.map((m) => short.format(new Date(Date.UTC(2024, m, 1)))),
		lists: {
			and: listJoins(tag.list, { type: 'conjunction' }),
			or: listJoins(tag.list, { type: 'disjunction' }),
			unit: listJoins(tag.list, { type: 'unit', style: 'short' })
		}
	};
}
