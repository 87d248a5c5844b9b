// Every chart's server half, found by folder (data.server.ts, chart.ts) rather
// than listed again, and one chart context per build: data/ read, the story parsed and each
// chart's data selected once, shared by every route that needs them.
import type { Dataset } from '$lib/data/dataset';
import type { Source } from '$lib/data/schema';
import type { Story } from '$lib/content/story';
import { sayer, type ChartWords } from '$lib/content/words';
import type { Locale } from '$lib/content/format';
import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/content/story.server';
import { chartWords, creditedSources } from '$lib/content/words.server';
import { CHART_IDS, type ChartId } from './catalogue';
import { chartDef } from './defs';
import type { AnyChartDef, Layout } from './define';
import type { ChartViewBase } from './types';

type Select = (dataset: Dataset, story: Story) => unknown;

/** One export of the same file in every chart folder; a folder without it is named. */
function byFolder<T>(modules: Record<string, Record<string, unknown>>, file: string, name: string) {
	return Object.fromEntries(
		CHART_IDS.map((id) => {
			const found = modules[`./${id}/${file}`]?.[name];
			if (!found) throw new Error(`src/lib/charts/${id}/${file} must export "${name}".`);
			return [id, found as T];
		})
	) as Record<ChartId, T>;
}

const SELECT = byFolder<Select>(
	import.meta.glob('./*/data.server.ts', { eager: true }),
	'data.server.ts',
	'select'
);

/** What every route drawing charts needs, computed once per build. */
export interface ChartContext {
	dataset: Dataset;
	story: Story;
	/** The story of an edition (English is `story`). */
	storyOf: (locale: Locale) => Story;
	sources: Source[];
	/** The sources as an edition credits them (src/content/<locale>/credits.aml). */
	sourcesOf: (locale: Locale) => Source[];
	/** Each chart's slice of data/, as its component and chart.json take it. */
	data: Record<ChartId, unknown>;
	/** The same for an edition: a chart whose data carries copy (the timeline's labels). */
	dataOf: (locale: Locale) => Record<ChartId, unknown>;
	words: (chart: ChartId, locale?: Locale) => ChartWords;
	def: (chart: ChartId) => AnyChartDef;
	/** A chart's pure view in a state, in English (its summary, table and sources among the rest). */
	view: (chart: ChartId, state: string, layout?: Layout, locale?: Locale) => ChartViewBase;
}

let cached: ChartContext | undefined;

export function chartContext(): ChartContext {
	if (cached) return cached;
	const dataset = getDataset();
	const story = getStory();
	const select = (s: Story) =>
		Object.fromEntries(CHART_IDS.map((id) => [id, SELECT[id](dataset, s)])) as Record<
			ChartId,
			unknown
		>;
	const data = select(story);
	const byLocale = new Map<Locale, Record<ChartId, unknown>>([['en', data]]);
	const dataOf = (locale: Locale) => {
		if (!byLocale.has(locale)) byLocale.set(locale, select(getStory(locale)));
		return byLocale.get(locale)!;
	};
	cached = {
		dataset,
		story,
		storyOf: getStory,
		sources: dataset.sources,
		sourcesOf: (locale) => creditedSources(dataset.sources, locale),
		data,
		dataOf,
		words: (chart, locale = 'en') => chartWords(chart, locale),
		def: chartDef,
		view: (chart, state, layout, locale = 'en') =>
			chartDef(chart).view(
				dataOf(locale)[chart],
				state as never,
				sayer(chartWords(chart, locale)),
				layout
			)
	};
	return cached;
}
