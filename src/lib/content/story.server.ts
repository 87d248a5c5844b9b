// Each edition's story copy (src/content/<locale>/story.aml), parsed and checked against
// data/ once per build; an edition writes its figures in its own words (ui.aml).
import { getDataset } from '$lib/data/index.server';
import { formatFigure } from '$lib/data/format';
import { parseStory } from './parse';
import { sayer } from './words';
import { wordsFile } from './words.server';
import type { Locale } from './format';
import type { Story } from './story';

const files = import.meta.glob('/src/content/*/story.aml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const cached = new Map<Locale, Story>();

export function getStory(locale: Locale = 'en'): Story {
	const known = cached.get(locale);
	if (known) return known;
	const file = `src/content/${locale}/story.aml`;
	const raw = files[`/${file}`];
	if (raw === undefined) throw new Error(`${file} is missing.`);
	// English keeps its own figure wording (data/format) so its copy reads as it always has.
	const figure =
		locale === 'en' ? formatFigure : sayer({ locale, text: wordsFile(`${locale}/ui.aml`) }).figure;
	const story = parseStory(raw, getDataset(), { file, figure });
	cached.set(locale, story);
	return story;
}
