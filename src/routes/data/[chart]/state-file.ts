// The files of each chart state, data/<chart>/<state>.csv, .svg and .png: their routes share
// one list of pages to prerender and one check of the address.
import { error } from '@sveltejs/kit';
import { CHARTS, CHART_IDS, isChartId, isChartState, type ChartId } from '$lib/charts/catalogue';

/** Every state of every chart: one file each. */
export const stateEntries = () =>
	CHART_IDS.flatMap((chart) => CHARTS[chart].STATES.map((state) => ({ chart, state })));

/** A chart state's file of a content type, or a 404 for a chart or state that does not exist. */
export function stateFile(
	params: { chart: string; state: string },
	type: string,
	body: (chart: ChartId, state: string) => BodyInit
): Response {
	const { chart, state } = params;
	if (!isChartId(chart) || !isChartState(chart, state)) error(404, 'No such chart or state');
	return new Response(body(chart, state), { headers: { 'content-type': type } });
}
