import { getStory } from '$lib/content/story.server';
import { uiWords } from '$lib/content/words.server';
import { CHART_IDS } from '$lib/charts/catalogue';

export function load() {
	const story = getStory();
	return {
		headline: story.headline,
		charts: CHART_IDS.map((id) => ({
			id,
			title: story.charts[id].title
		})),
		words: uiWords(['notfound'])
	};
}
