// Intl objects cost their locale's data when first made (the first date format on the page
// 50–100 ms at 4× CPU): each is made once, in an idle task of its own, before a chart's view
// needs it. The story starts it once hydrated, before the reader scrolls (+page.svelte): the
// charts' code loads at the first scroll, and a task this long would land in it.
import { formats, type Locale } from '$lib/content/format';
import { whenIdle } from './idle';

const warmed = new Set<Locale>();

/** Makes the formats the charts use, for `locale`, one per idle task. */
export function warmIntl(locale: Locale): void {
	if (warmed.has(locale)) return;
	warmed.add(locale);
	const f = formats(locale);
	const tasks = [
		() => f.date('2024-11-17'),
		() => f.date('2024-11'),
		() => f.monthName('2024-11'),
		() => f.monthShort('2024-11'),
		() => f.n(1234.5, 1),
		() => f.n(1234),
		() => f.list(['a', 'b']),
		() => new Intl.PluralRules(locale).select(2)
	];
	for (const t of tasks) whenIdle(t);
}
