import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData } from '$lib/charts/data.server';
import { SITE_URL } from '$lib/site.server';

export function load() {
	const dataset = getDataset();
	const story = getStory();
	const { figures, sources } = dataset;
	return {
		story,
		figures,
		sources,
		charts: selectChartData(dataset, story),
		siteUrl: SITE_URL
	};
}
