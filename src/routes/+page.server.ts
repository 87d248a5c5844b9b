import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { SITE_URL } from '$lib/site.server';

export function load() {
	const dataset = getDataset();
	const story = getStory();
	const { figures, sources } = dataset;
	return {
		story,
		figures,
		sources,
		siteUrl: SITE_URL
	};
}
