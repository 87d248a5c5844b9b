import type { Locale } from './format';

/** The editions besides English, each at /<locale>/ with the same pages as the root. */
export const EDITIONS = ['uk'] as const satisfies readonly Locale[];

/** Every edition, English first. */
export const LOCALES: Locale[] = ['en', ...EDITIONS];

/** The edition a route's optional [[lang]] names: English when absent. */
export const localeOf = (lang: string | undefined): Locale =>
	(EDITIONS as readonly string[]).includes(lang ?? '') ? (lang as Locale) : 'en';

/** The path prefix of an edition under the build's root: '' or '/uk'. */
export const prefixOf = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

/** An edition's path under the site's root, as share tags and links join it: '' or 'uk/'. */
export const pathOf = (locale: Locale) => (locale === 'en' ? '' : `${locale}/`);

/** The entries of a route under [[lang]]: each edition once. */
export const editionEntries = () => LOCALES.map((l) => (l === 'en' ? {} : { lang: l }));
