// Each chart's slice of data/ as JSON, prerendered: the story fetches it with the chart's
// code when the reader nears the chart, so the page itself carries no chart data.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData } from '$lib/charts/data.server';
import { CHART_IDS, isChartId } from '$lib/charts/registry';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	const data = selectChartData(getDataset(), getStory())[params.chart];
	return new Response(JSON.stringify(data), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
