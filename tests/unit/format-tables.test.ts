// The formats write from tables read off Intl (content/tables.ts), so the browser makes no Intl
// formatter: here every format is held to what Intl itself writes, for every day of four
// years, every month, a wide run of numbers and lists of every length, in both editions.
import { describe, expect, it } from 'vitest';
import { formats, type Locale } from '../../src/lib/content/format';
import { tablesFromIntl } from '../../src/lib/content/tables';

/** What Intl writes: the formats as they were before the tables (the oracle). */
function intl(locale: Locale) {
	const tag =
		locale === 'en'
			? { number: 'en-US', date: 'en-GB', short: 'en-US' }
			: { number: 'uk', date: 'uk', short: 'uk' };
	const list = locale === 'en' ? 'en-GB' : 'uk';
	const dtf = (t: string, o: Intl.DateTimeFormatOptions) =>
		new Intl.DateTimeFormat(t, { timeZone: 'UTC', ...o });
	const utc = (iso: string) => {
		const [y, m, d] = iso.split('-').map(Number);
		return new Date(Date.UTC(y, m - 1, d || 1));
	};
	const uk = (s: string) =>
		locale === 'uk' ? s.replace(/\u00a0/g, '\u202f').replace(/ р\.$/, ' року') : s;
	return {
		n: (v: number, digits?: number) =>
			uk(
				new Intl.NumberFormat(tag.number, {
					maximumFractionDigits: digits ?? 20,
					minimumFractionDigits: digits ?? 0
				}).format(v)
			),
		date: (iso: string) =>
			uk(
				(iso.split('-').length > 2
					? dtf(tag.date, { day: 'numeric', month: 'long', year: 'numeric' })
					: dtf(tag.date, { month: 'long', year: 'numeric' })
				).format(utc(iso))
			),
		monthName: (iso: string) => dtf(tag.date, { month: 'long' }).format(utc(iso)),
		monthShort: (iso: string) => dtf(tag.short, { month: 'short' }).format(utc(iso)),
		list: (items: string[], type: 'and' | 'or' | 'unit') =>
			new Intl.ListFormat(
				list,
				type === 'unit'
					? { type, style: 'short' }
					: { type: type === 'and' ? 'conjunction' : 'disjunction' }
			).format(items)
	};
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
// A generator the tests can repeat: the same numbers every run.
function* numbers() {
	let seed = 7;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	for (const v of [
		0,
		1,
		999,
		1000,
		1001,
		-1000,
		12500,
		1e6,
		123456789,
		1.005,
		2.675,
		1.015,
		0.125,
		0.5,
		9.995,
		99.95,
		999.5,
		0.1 + 0.2,
		1e-7,
		1.5e-7,
		1e21,
		55.5,
		21.7,
		-3.25,
		0.05
	])
		yield v;
	// Never -0: Intl writes "-0", and whole numbers under 1,000 are written as String writes them.
	for (let i = 0; i < 3000; i++) {
		const scale = 10 ** Math.floor(random() * 10 - 3);
		yield (Math.round(random() * scale * 1000) / 1000) * (random() < 0.1 ? -1 : 1) + 0;
		yield Math.floor(random() * scale * 1000);
	}
}

describe.each(['en', 'uk'] as Locale[])('the %s formats write what Intl writes', (locale) => {
	const f = formats(locale);
	const want = intl(locale);
	it('every day of 2022–2025, and every month', () => {
		for (
			let d = new Date(Date.UTC(2022, 0, 1));
			d.getUTCFullYear() < 2026;
			d.setUTCDate(d.getUTCDate() + 1)
		) {
			const day = iso(d);
			expect(f.date(day), day).toBe(want.date(day));
			if (d.getUTCDate() === 1) {
				const month = day.slice(0, 7);
				expect(f.date(month)).toBe(want.date(month));
				expect(f.monthName(month)).toBe(want.monthName(month));
				expect(f.monthShort(month)).toBe(want.monthShort(month));
				expect(f.monthShort(month, true)).toBe(`${want.monthShort(month)} ${month.slice(0, 4)}`);
			}
		}
	});
	it('numbers: whole, decimal, negative, rounded to fixed decimals', () => {
		for (const v of numbers())
			for (const digits of [undefined, 0, 1, 2])
				expect(f.n(v, digits), `${v} (${digits})`).toBe(want.n(v, digits));
	});
	it('lists of every length, of each kind', () => {
		const items = ['Kursk', 'Bryansk', 'Orël', 'Belgorod', 'Воронеж', '502', '600'];
		for (let n = 0; n <= items.length; n++)
			for (const type of ['and', 'or', 'unit'] as const)
				expect(f.list(items.slice(0, n), type)).toBe(want.list(items.slice(0, n), type));
	});
	it('its tables come through JSON (a chart’s words) unchanged', () => {
		const t = tablesFromIntl(locale);
		expect(JSON.parse(JSON.stringify(t))).toEqual(t);
		expect(t.names).toHaveLength(12);
	});
});
