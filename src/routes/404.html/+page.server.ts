import { getStory } from '$lib/scrolly/copy.server';
import { CHART_IDS } from '$lib/charts/registry';
import { CHART_COMPONENTS } from '$lib/charts/components';

export function load() {
	const story = getStory();
	return {
		headline: story.headline,
		charts: CHART_IDS.filter((id) => CHART_COMPONENTS[id]).map((id) => ({
			id,
			title: story.charts[id].title
		}))
	};
}
