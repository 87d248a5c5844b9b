// The formats cost the browser no Intl formatter (lib/content/format.ts): small whole numbers
// need no table and read as Intl's; everything else is written from tables the browser is given.
import { describe, expect, it, vi } from 'vitest';
import { formats, type Locale } from '../../src/lib/content/format';
import { tablesFromIntl } from '../../src/lib/content/tables';

describe('formats made on first use', () => {
	it.each(['en', 'uk'] as Locale[])(
		'%s: whole numbers under 1,000 read as Intl writes them',
		(locale) => {
			const f = formats(locale);
			const intl = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'uk');
			for (let v = 0; v < 1000; v++) expect(f.n(v)).toBe(intl.format(v));
			expect(f.n(5, 0)).toBe('5');
			expect(f.n(5, 1)).toBe(intl.format(5) + (locale === 'en' ? '.0' : ',0'));
			expect(f.n(12500)).toBe(locale === 'en' ? '12,500' : '12\u202f500');
		}
	);
	it('given its tables, as the browser is, no format makes an Intl formatter', async () => {
		const tables = tablesFromIntl('uk');
		const made = { NumberFormat: 0, DateTimeFormat: 0, ListFormat: 0 };
		const kinds = Object.keys(made) as (keyof typeof made)[];
		const real = kinds.map((k) => Intl[k]);
		for (const k of kinds)
			Object.assign(Intl, {
				[k]: new Proxy(Intl[k], {
					construct: (target, args) => (made[k]++, Reflect.construct(target, args))
				})
			});
		try {
			// A fresh module: the cache of formats would hide what making them costs.
			vi.resetModules();
			const { formats } = await import('../../src/lib/content/format');
			const f = formats('uk', tables);
			expect([f.n(3), f.n(26), f.n(12500), f.n(21.75, 1)]).toEqual([
				'3',
				'26',
				'12\u202f500',
				'21,8'
			]);
			expect(f.date('2024-11-17')).toBe('17 листопада 2024 року');
			expect(f.list(['Курськ', 'Брянськ', 'Орел'])).toBe('Курськ, Брянськ і Орел');
			expect(made).toEqual({ NumberFormat: 0, DateTimeFormat: 0, ListFormat: 0 });
		} finally {
			kinds.forEach((k, i) => Object.assign(Intl, { [k]: real[i] }));
		}
	});
	it('in the browser, a format without its tables fails naming what is missing', async () => {
		vi.stubEnv('SSR', false);
		try {
			vi.resetModules();
			const { formats } = await import('../../src/lib/content/format');
			const f = formats('en');
			expect(f.n(3)).toBe('3'); // needs no table
			expect(() => f.date('2024-11-17')).toThrow(/No en format tables in the browser/);
		} finally {
			vi.unstubAllEnvs();
		}
	});
});
