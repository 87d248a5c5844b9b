import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData } from '$lib/charts/data.server';

export function load() {
	const dataset = getDataset();
	const story = getStory();
	const { figures, sources } = dataset;
	return { story, figures, sources, charts: selectChartData(dataset, story) };
}
