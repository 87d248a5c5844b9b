import { getStory } from '$lib/scrolly/copy.server';
import { CHART_IDS } from '$lib/charts/registry';

export function load() {
	const story = getStory();
	return {
		headline: story.headline,
		charts: CHART_IDS.map((id) => ({
			id,
			title: story.charts[id].title
		}))
	};
}
