import { getStory } from '$lib/content/story.server';
import { uiWords } from '$lib/content/words.server';
import { LOCALES, pathOf } from '$lib/content/editions';
import { CHART_IDS } from '$lib/charts/catalogue';

// One file answers for every missing address, so it carries each edition's words; the page's
// script shows the Ukrainian ones under uk/.
export function load() {
	const editions = LOCALES.map((locale) => {
		const story = getStory(locale);
		return {
			locale,
			/** The edition's path under the site's root: '' or 'uk/'. */
			path: pathOf(locale),
			headline: story.headline,
			charts: CHART_IDS.map((id) => ({ id, title: story.charts[id].title })),
			words: uiWords(['notfound'], locale)
		};
	});
	// English first: what the page says without its script, and its <title>.
	return { ...editions[0], editions };
}
