// How the troops chart says a figure: led by its qualifier in words, never a glyph ("Almost
// 10,000"), with flags, who made the estimate and which source reports it.
import type { Say } from '$lib/content/words';
import type { TroopEstimate } from './data.server';

/** The words of one mark's label. */
export interface MarkWords {
	/** "Almost 10,000": the figure led by its qualifier in words, as drawn. */
	valueText: string;
	/** "almost 10,000", as in prose. */
	words: string;
	/** What the number counts. */
	counts: string;
	/** "Estimate by Ukraine" or "Estimate not attributed". */
	by: string;
	credit: string;
	/** The label's second line: who made the estimate and which source reports it. */
	byline: string;
	/** A short flag in front of the words: "Unconfirmed", "Beyond this scale", or nothing. */
	tags: string[];
}

/** A text with its first letter a capital, as the locale writes one. */
export function capitalise(s: string, say: Say): string {
	return s.charAt(0).toLocaleUpperCase(say.locale) + s.slice(1);
}

/** "almost 10,000": an estimate as a figure in prose. */
export function figure(e: TroopEstimate, say: Say): string {
	return say.figure({ ...e, unit: 'count' });
}

/** Whether data/ names who made an estimate. */
export const attributed = (e: TroopEstimate) => e.estimateBy !== 'not attributed';

/** "Ukraine's": a name's possessive, by its last letter where the words give one for it. */
export function possessive(name: string, say: Say): string {
	const end = `possessive.${name.slice(-1).toLowerCase()}`;
	return say(say.has(end) ? end : 'possessive.default', { name });
}

/** The label of an estimate on a scale that ends at xMax. */
export function markWords(e: TroopEstimate, xMax: number, say: Say): MarkWords {
	const words = figure(e, say);
	const by = attributed(e) ? say('by.some', { who: e.estimateBy }) : say('by.none');
	return {
		valueText: capitalise(words, say),
		words,
		counts: e.counts,
		by,
		credit: e.credit,
		byline: say('byline', { by, credit: e.credit }),
		tags: [
			...(e.status === 'unconfirmed' ? [say('tag.unconfirmed')] : []),
			...(e.value > xMax ? [say('tag.beyond')] : [])
		]
	};
}
