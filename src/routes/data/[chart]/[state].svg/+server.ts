// Each chart state as a standalone SVG (title, chart, sources; colours resolved), prerendered
// to build/data/<chart>/<state>.svg beside its CSV, for graphics desks to download.
import { error } from '@sveltejs/kit';
import { CHARTS, CHART_IDS, isChartId, isChartState } from '$lib/charts/catalogue';
import { chartStateSvg, shareContext } from '$lib/share/compose.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) => CHARTS[chart].STATES.map((state) => ({ chart, state })));

export const GET: RequestHandler = ({ params }) => {
	const { chart, state } = params;
	if (!isChartId(chart) || !isChartState(chart, state)) error(404, 'No such chart or state');
	return new Response(chartStateSvg(shareContext(), chart, state), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
