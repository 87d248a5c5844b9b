import { chartContext } from '$lib/charts/catalogue.server';
import type { ChartId } from '$lib/charts/catalogue';
import { SITE_URL } from '$lib/site.server';

/** What an embed page draws: one chart in one state, with the copy and sources it cites. */
export function embedLoad<C extends ChartId>(chart: C, state: string, statePage: boolean) {
	const { story, data, words, sources } = chartContext();
	return {
		chart,
		state,
		/** Whether this is /embed/<chart>/<state>/ rather than the chart's own page. */
		statePage,
		chartData: data[chart],
		words: words(chart),
		copy: story.charts[chart],
		headline: story.headline,
		sources,
		siteUrl: SITE_URL
	};
}

export type EmbedData = ReturnType<typeof embedLoad>;
