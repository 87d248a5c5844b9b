import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData } from '$lib/charts/data.server';
import { CHART_IDS, isChartId } from '$lib/charts/registry';
import { CHART_COMPONENTS } from '$lib/charts/components';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	CHART_IDS.filter((c) => CHART_COMPONENTS[c]).map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const { chart } = params;
	if (!isChartId(chart)) error(404, `There is no chart called "${chart}".`);
	const dataset = getDataset();
	const story = getStory();
	return {
		chart,
		// Only this chart's slice of data/ reaches the embed.
		chartData: selectChartData(dataset, story)[chart as keyof ReturnType<typeof selectChartData>],
		copy: story.charts[chart],
		headline: story.headline,
		sources: dataset.sources
	};
};
