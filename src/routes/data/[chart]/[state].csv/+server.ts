// The CSV of each chart in each state, prerendered to build/data/<chart>/<state>.csv so the
// download works without JavaScript and holds exactly what that state shows.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData } from '$lib/charts/data.server';
import { CHARTS, isChartId, isChartState, type ChartId } from '$lib/charts/registry';
import { VIEWS, viewOf } from '$lib/charts/views';
import { tableToCsv } from '$lib/charts/csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	(Object.keys(VIEWS) as ChartId[]).flatMap((chart) =>
		CHARTS[chart].STATES.map((state) => ({ chart, state }))
	);

export const GET: RequestHandler = ({ params }) => {
	const { chart, state } = params;
	if (!isChartId(chart) || !isChartState(chart, state)) error(404, 'No such chart or state');
	const view = viewOf(chart, selectChartData(getDataset(), getStory()), state);
	if (!view) error(404, 'No such chart');
	return new Response(tableToCsv(view.table), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
