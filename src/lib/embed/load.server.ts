import { chartContext } from '$lib/charts/catalogue.server';
import type { ChartId } from '$lib/charts/catalogue';
import { uiWords } from '$lib/content/words.server';
import { SITE_URL } from '$lib/site.server';
import { HEIGHTS, heightKey, heightStyle } from './heights.server';
import type { Locale } from '$lib/content/format';

/** What an embed page draws: one chart in one state, with the copy and sources it cites. */
export function embedLoad<C extends ChartId>(
	chart: C,
	state: string,
	statePage: boolean,
	locale: Locale = 'en'
) {
	const { storyOf, dataOf, words, sourcesOf } = chartContext();
	const data = dataOf(locale);
	const sources = sourcesOf(locale);
	const story = storyOf(locale);
	// The chart's words, and the page's own: its title, its link to the story.
	const { text } = words(chart, locale);
	const page = uiWords(['embed', 'share'], locale).text;
	return {
		chart,
		state,
		/** Whether this is /embed/<chart>/<state>/ rather than the chart's own page. */
		statePage,
		chartData: data[chart],
		words: { locale, text: { ...text, ...page } },
		copy: story.charts[chart],
		headline: story.headline,
		sources,
		siteUrl: SITE_URL,
		/** The page's min-height per width band: the height embed.js reserves for it. */
		heightCss: heightStyle(HEIGHTS.pages[heightKey(locale, chart, state)])
	};
}

export type EmbedData = ReturnType<typeof embedLoad>;
