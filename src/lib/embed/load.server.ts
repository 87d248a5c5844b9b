import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData, type ChartData } from '$lib/charts/data.server';
import type { ChartId } from '$lib/charts/registry';
import { SITE_URL } from '$lib/site.server';

/** An embed page's load function: only its own chart's slice of data/ reaches the reader. */
export function embedLoad<C extends ChartId>(chart: C) {
	return () => {
		const dataset = getDataset();
		const story = getStory();
		return {
			chart,
			chartData: selectChartData(dataset, story)[chart] as ChartData[C],
			copy: story.charts[chart],
			headline: story.headline,
			sources: dataset.sources,
			siteUrl: SITE_URL
		};
	};
}

export type EmbedData = ReturnType<ReturnType<typeof embedLoad>>;
