import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData } from '$lib/charts/data.server';

export function load() {
	const dataset = getDataset();
	const { figures, sources } = dataset;
	return { story: getStory(), figures, sources, charts: selectChartData(dataset) };
}
