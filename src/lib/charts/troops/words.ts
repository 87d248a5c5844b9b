// How the troops chart says a figure: led by its qualifier in words, never a glyph ("Almost
// 10,000"), with flags, who made the estimate and which source reports it.
import { capitalise, type Say } from '$lib/content/words';
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

/** "almost 10,000": an estimate as a figure in prose. */
export function figure(e: TroopEstimate, say: Say): string {
	return say.figure({ ...e, unit: 'count' });
}

/** Whether data/ names who made an estimate. */
export const attributed = (e: TroopEstimate) => e.estimateBy !== 'not attributed';

/** "Ukraine", "American sources": who made an estimate, in the edition's words. */
export const who = (e: TroopEstimate, say: Say) => say.named('who', e.estimateBy);

/** The source's credit, in the edition's words (data/sources.csv's where they give none). */
export const credit = (e: TroopEstimate, say: Say) => say.named('credit', e.source, e.credit);

/**
 * "Ukraine's": who made an estimate, as its possessive; a name the words do not give one for
 * takes it by its last letter where that changes it.
 */
export function possessive(e: TroopEstimate, say: Say): string {
	const name = who(e, say);
	const end = `possessive.${name.slice(-1).toLowerCase()}`;
	const rule = say(say.has(end) ? end : 'possessive.default', { name });
	return say.named('whose', e.estimateBy, rule);
}

/**
 * The label of an estimate on a scale that ends at xMax. Compact (phones), it takes the short
 * forms: what it counts in a few words, then a short credit that still names its one source.
 */
export function markWords(e: TroopEstimate, xMax: number, say: Say, compact = false): MarkWords {
	const words = figure(e, say);
	const by = attributed(e) ? say('by.some', { who: who(e, say) }) : say('by.none');
	const source = credit(e, say);
	const counts = say.named('counts', e.id, e.counts);
	const short = (key: string, full: string) =>
		compact ? say.named(`${key}-short`, e.id, full) : full;
	const shortCredit = say.named('credit-short', e.source, source);
	const byline = !compact
		? say('byline', { by, credit: source })
		: attributed(e)
			? say('short.byline-some', { who: who(e, say), credit: shortCredit })
			: say('short.byline-none', { credit: shortCredit });
	return {
		valueText: capitalise(words, say),
		words,
		counts: short('counts', counts),
		by,
		credit: source,
		byline,
		tags: [
			...(e.status === 'unconfirmed' ? [say('tag.unconfirmed')] : []),
			...(e.value > xMax ? [say(compact ? 'short.beyond' : 'tag.beyond')] : [])
		]
	};
}
