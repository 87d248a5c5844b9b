// The CSV of each chart in each state, prerendered to build/data/<chart>/<state>.csv so the
// download works without JavaScript and holds exactly what that state shows.
import { error } from '@sveltejs/kit';
import { CHARTS, CHART_IDS, isChartId, isChartState } from '$lib/charts/catalogue';
import { chartContext } from '$lib/charts/catalogue.server';
import { tableToCsv } from '$lib/charts/csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) => CHARTS[chart].STATES.map((state) => ({ chart, state })));

export const GET: RequestHandler = ({ params }) => {
	const { chart, state } = params;
	if (!isChartId(chart) || !isChartState(chart, state)) error(404, 'No such chart or state');
	const view = chartContext().view(chart, state);
	return new Response(tableToCsv(view.table), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
