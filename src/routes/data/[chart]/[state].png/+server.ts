// Each chart state as a PNG, rendered at build time from its standalone SVG (one and a half
// times its size) and prerendered to build/data/<chart>/<state>.png.
import { error } from '@sveltejs/kit';
import { CHARTS, CHART_IDS, isChartId, isChartState } from '$lib/charts/catalogue';
import { chartStateSvg, DOWNLOAD_PNG_WIDTH, shareContext } from '$lib/share/compose.server';
import { svgToPng } from '$lib/share/png.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) => CHARTS[chart].STATES.map((state) => ({ chart, state })));

export const GET: RequestHandler = ({ params }) => {
	const { chart, state } = params;
	if (!isChartId(chart) || !isChartState(chart, state)) error(404, 'No such chart or state');
	const png = svgToPng(chartStateSvg(shareContext(), chart, state), DOWNLOAD_PNG_WIDTH);
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
