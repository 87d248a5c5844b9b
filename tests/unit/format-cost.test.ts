// The formats cost the page's first task nothing they are not asked for (lib/content/format.ts):
// Intl objects are made on first use, and small whole numbers need none, yet read as Intl's.
import { describe, expect, it, vi } from 'vitest';
import { formats, type Locale } from '../../src/lib/content/format';

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
	it('a progress count ("3 of 26") makes no Intl object; a date makes only its own', async () => {
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
			const f = formats('uk');
			expect([f.n(3), f.n(26)]).toEqual(['3', '26']);
			expect(made).toEqual({ NumberFormat: 0, DateTimeFormat: 0, ListFormat: 0 });
			expect(f.date('2024-11-17')).toBe('17 листопада 2024 року');
			expect(made).toEqual({ NumberFormat: 0, DateTimeFormat: 1, ListFormat: 0 });
		} finally {
			kinds.forEach((k, i) => Object.assign(Intl, { [k]: real[i] }));
		}
	});
});
