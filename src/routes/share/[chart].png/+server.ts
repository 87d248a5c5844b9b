// Each chart's share card, prerendered to build/share/<chart>.png for Open Graph and Twitter.
import { error } from '@sveltejs/kit';
import { CHART_IDS, isChartId } from '$lib/charts/catalogue';
import { chartCardSvg } from '$lib/share/card.server';
import { shareContext } from '$lib/share/compose.server';
import { CARD_SIZE } from '$lib/share/meta';
import { svgToPng } from '$lib/share/png.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	const png = svgToPng(chartCardSvg(shareContext(), params.chart), CARD_SIZE.width);
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
