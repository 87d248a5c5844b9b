import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/content/story.server';
import { creditedSources, uiWords } from '$lib/content/words.server';
import { placeholderStyles } from '$lib/embed/heights.server';
import { editionEntries, localeOf } from '$lib/content/editions';
import { sayer } from '$lib/content/words';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = editionEntries;

export function load({ params }: { params: { lang?: string } }) {
	const locale = localeOf(params.lang);
	// The sources and methods are drawn by the server alone (see +page.ts): their copy and
	// the figures list need not reach the browser, nor the timeline's events (its chart
	// brings its own data).
	const {
		methods: _methods,
		disagreements: _disagreements,
		timeline: _timeline,
		opening: { hero: _hero, ...opening },
		...story
	} = getStory(locale);
	const words = uiWords(['page', 'embed', 'sources.title'], locale);
	// The dates as the page prints them, written here: formatting a date in the browser
	// builds an Intl.DateTimeFormat, whose locale data costs the page's hydration ~50 ms.
	const say = sayer(words);
	const dated = (key: string, day?: string) => day && say(key, { date: say.date(day) });
	return {
		// The opening's chart is drawn by the server alone (never hydrated): its words stay there;
		// so do the steps' words, static HTML the page never changes (StoryRenderer's `step`).
		story: {
			...story,
			opening,
			sections: story.sections.map((s) => ({
				...s,
				steps: s.steps.map(({ text: _text, ...step }) => step)
			}))
		},
		// Each chart's frame credits its sources by id; the rest of each is in the sources
		// section, drawn by the server.
		sources: creditedSources(getDataset().sources, locale).map(({ id, credit }) => ({
			id,
			credit
		})),
		// Each chart's embed placeholder holds about its height before the loader runs.
		placeholders: placeholderStyles(locale),
		// Only the words the hydrated page speaks: they travel in its data. The charts bring
		// their own (chart.json); the sources section is drawn by the server with all of them.
		words,
		dates: {
			published: dated('page.published', opening.published),
			updated: dated('page.updated', opening.updated)
		},
		locale
	};
}
