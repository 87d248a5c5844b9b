// The story's steps as share pages and cards find them: read from each edition's parsed story
// (never listed by hand), so a step added to story.aml gets its page and card at the next build.
import { error } from '@sveltejs/kit';
import { chartContext } from '$lib/charts/catalogue.server';
import { LOCALES } from '$lib/content/editions';
import type { Locale } from '$lib/content/format';
import type { Section, Step } from '$lib/content/story';

/** Every step of an edition's story, in order, with its section. */
export const storySteps = (locale: Locale): { section: Section; step: Step }[] =>
	chartContext()
		.storyOf(locale)
		.sections.flatMap((section) => section.steps.map((step) => ({ section, step })));

/** A step of an edition by its id, or a 404 naming it. */
export function findStep(locale: Locale, id: string) {
	const found = storySteps(locale).find((s) => s.step.id === id);
	if (!found) error(404, `No step "${id}" in the story`);
	return found;
}

/** Route entries for every step of every edition: { step } and { lang, step }. */
export const stepEntries = () =>
	LOCALES.flatMap((locale) =>
		storySteps(locale).map(({ step }) => ({
			...(locale === 'en' ? {} : { lang: locale }),
			step: step.id
		}))
	);
