import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData, type ChartData } from '$lib/charts/data.server';
import type { ChartId } from '$lib/charts/registry';
import { SITE_URL } from '$lib/site.server';

/** What an embed page draws: one chart in one state, with the copy and sources it cites. */
export function embedLoad<C extends ChartId>(chart: C, state: string, statePage: boolean) {
	const dataset = getDataset();
	const story = getStory();
	return {
		chart,
		state,
		/** Whether this is /embed/<chart>/<state>/ rather than the chart's own page. */
		statePage,
		chartData: selectChartData(dataset, story)[chart] as ChartData[C],
		copy: story.charts[chart],
		headline: story.headline,
		sources: dataset.sources,
		siteUrl: SITE_URL
	};
}

export type EmbedData = ReturnType<typeof embedLoad>;
