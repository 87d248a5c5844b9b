import { chartContext } from '$lib/charts/catalogue.server';
import { plain } from '$lib/content/story';
import { LOCALES, localeOf, pathOf } from '$lib/content/editions';
import { sayer } from '$lib/content/words';
import { uiWords } from '$lib/content/words.server';
import { alternates, socialMeta } from '$lib/share/meta';
import { stepImagePath, stepPagePath } from '$lib/share/paths';
import { findStep, stepEntries } from '$lib/share/steps.server';
import { SITE_URL } from '$lib/site.server';
import type { Locale } from '$lib/content/format';
import type { EntryGenerator } from './$types';

// A step's own page is for the link a reader shares: crawlers read its tags and card, a
// reader goes on to the step. Static HTML: no SvelteKit client, one line of script. Its
// words and tags are made here, so that its component shares no module with the story's
// (a shared one would split the story's script into more chunks, and more bytes).
export const csr = false;

export const entries: EntryGenerator = stepEntries;

export function load({ params }: { params: { lang?: string; step: string } }) {
	const locale = localeOf(params.lang);
	const { section, step } = findStep(locale, params.step);
	const context = chartContext();
	const story = context.storyOf(locale);
	const say = sayer(uiWords(['share'], locale));
	const view = context.view(section.chart, step.state, undefined, locale);
	const text = plain(step.text);
	const title = say('share.title', { title: section.title, headline: story.headline });
	// The card's text alternative: the chart it draws, and what that state shows.
	const alt = `${story.charts[section.chart].title}. ${view.summary}`;
	const page = (l: Locale) => `${pathOf(l)}${stepPagePath(step.id)}`;
	return {
		step: { id: step.id, state: step.state, text },
		section: section.title,
		headline: story.headline,
		title,
		alt,
		/** The edition's root and the card, under the site's root. */
		root: pathOf(locale),
		image: `${pathOf(locale)}${stepImagePath(step.id)}`,
		/** This page in each edition, for hreflang: absolute, so none without SITE_URL. */
		alternates: alternates(SITE_URL, Object.fromEntries(LOCALES.map((l) => [l, page(l)]))),
		meta: socialMeta({
			title,
			description: text,
			type: 'article',
			siteUrl: SITE_URL,
			siteName: story.headline,
			path: page(locale),
			locale,
			image: `${pathOf(locale)}${stepImagePath(step.id)}`,
			imageAlt: alt
		}),
		read: say('share.read')
	};
}
