import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/content/story.server';
import { SITE_URL } from '$lib/site.server';

export function load() {
	// The sources and methods are drawn by the server alone (see +page.ts): their copy and
	// the figures list need not reach the browser.
	const { methods: _methods, disagreements: _disagreements, ...story } = getStory();
	return {
		story,
		sources: getDataset().sources,
		siteUrl: SITE_URL
	};
}
