// Intl objects cost their locale's data when first made (the first date format on the page
// over 100 ms at 4× CPU): each is made once, in an idle task of its own, before a chart's view
// needs it. Loaded with the first chart's code (ChartIsland), not with the page; the page's
// idle queue is handed in, so that it stays in the page's own code.
import { formats, type Locale } from '$lib/content/format';

const warmed = new Set<Locale>();

/** Makes the formats the charts use, for `locale`, one per task of `whenIdle`. */
export function warmIntl(locale: Locale, whenIdle: (task: () => void) => void): void {
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
