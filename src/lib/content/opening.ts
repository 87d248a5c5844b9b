// The story's opening, from its copy: the news headline, the date line and the chart shown
// above the fold. Checked at build time like the rest of the copy (parse.ts).
import { CHARTS, isChartId, isChartState, type ChartId } from '$lib/charts/catalogue';
import type { Segment } from './story';

/** The opening: what a reader sees before the first section. */
export interface Opening {
	/** The news headline (the page's h1); the story's `headline` stays the piece's name. */
	hed: string;
	/** The day the desk published the piece (ISO date), and last updated it, if it has. */
	published: string;
	updated?: string;
	/** Where the piece is filed from, when the desk gives a place; never guessed. */
	dateline?: string;
	/** The chart above the fold, in one state, with a caption and a link to its section. */
	hero: { chart: ChartId; state: string; caption: Segment[]; link: string };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export const isIsoDay = (s: string) =>
	ISO_DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/**
 * The opening's fields from the parsed ArchieML document. `problem` records an issue (field,
 * reason, a needle to find its line); `copy` renders text with {fig:…} references.
 */
export function parseOpening(
	doc: Record<string, unknown>,
	problem: (field: string, reason: string, needle?: string) => void,
	copy: (text: string, where: string) => Segment[]
): Opening {
	const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
	const need = (key: string, value: unknown, needle?: string) => {
		const s = str(value);
		if (!s) problem(key, 'missing or empty', needle);
		return s;
	};
	const day = (key: string, optional: boolean) => {
		const s = str(doc[key]);
		if (!s && optional) return undefined;
		if (!isIsoDay(s)) problem(key, `expected a date written YYYY-MM-DD, got "${s}"`, `${key}:`);
		return s;
	};
	const published = day('published', false) ?? '';
	const updated = day('updated', true);
	if (updated && published && updated < published)
		problem('updated', `${updated} is before the published date ${published}`, 'updated:');
	const raw = (doc.hero ?? {}) as Record<string, unknown>;
	const chart = str(raw.chart);
	const state = str(raw.state);
	if (!isChartId(chart)) problem('hero.chart', `unknown chart "${chart}"`, '{hero}');
	else if (!isChartState(chart, state))
		problem(
			'hero.state',
			`unknown state "${state}" of chart "${chart}" (states: ${CHARTS[chart].STATES.join(', ')})`,
			'{hero}'
		);
	return {
		hed: need('hed', doc.hed),
		published,
		...(updated ? { updated } : {}),
		...(str(doc.dateline) ? { dateline: str(doc.dateline) } : {}),
		hero: {
			chart: chart as ChartId,
			state,
			caption: copy(need('hero.caption', raw.caption, '{hero}'), 'hero.caption'),
			link: need('hero.link', raw.link, '{hero}')
		}
	};
}
