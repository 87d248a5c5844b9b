// Each chart's slice of data/ and its words as JSON, prerendered: the story fetches it with the chart's
// code when the reader nears the chart, so the page itself carries no chart data.
import { error } from '@sveltejs/kit';
import { chartContext } from '$lib/charts/catalogue.server';
import { CHART_IDS, isChartId } from '$lib/charts/catalogue';
import { editionEntries, localeOf } from '$lib/content/editions';
import { sayer } from '$lib/content/words';
import { tablesFromIntl } from '$lib/content/tables';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	editionEntries().flatMap((e) => CHART_IDS.map((chart) => ({ ...e, chart })));

export const GET: RequestHandler = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	const { dataOf, words, def } = chartContext();
	const locale = localeOf(params.lang);
	const said = words(params.chart, locale);
	// The browser's data comes with the chart's build-time work done (define.ts: prepare).
	const { prepare } = def(params.chart);
	const data = dataOf(locale)[params.chart];
	// With the locale's formats as tables: the browser makes no Intl formatter (content/tables).
	const told = { ...said, tables: tablesFromIntl(locale) };
	const body = { data: prepare ? prepare(data, sayer(said)) : data, words: told };
	return new Response(JSON.stringify(body), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
