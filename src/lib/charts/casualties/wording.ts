// Small helpers for the chart's words: every phrase is in src/content/; these only set one
// in its place (a sentence's start, a tight label, a list) through the locale.
import type { Say } from '$lib/content/words';
import type { Amount } from './data.server';

/** A date in a tight label: "17 Nov" for a day, "Nov 2024" for a month. */
export function shortPeriod(iso: string, say: Say): string {
	const [, , day] = iso.split('-');
	return day
		? say('date.day', { day: Number(day), month: say.monthShort(iso) })
		: say.monthShort(iso, true);
}

/** A minimum is open at its top: the toll may be higher. */
export const isMinimum = (f: Amount) => f.qualifier === 'at least' || f.qualifier === 'over';
