// The files of each chart state in each edition, data/<chart>/<state>.csv, .svg and .png
// (and uk/data/…, in Ukrainian): their routes share one list of pages to prerender and one
// check of the address.
import { error } from '@sveltejs/kit';
import { CHARTS, CHART_IDS, isChartId, isChartState, type ChartId } from '$lib/charts/catalogue';
import { editionEntries, localeOf } from '$lib/content/editions';
import type { Locale } from '$lib/content/format';

/** Every state of every chart in every edition: one file each. */
export const stateEntries = () =>
	editionEntries().flatMap((e) =>
		CHART_IDS.flatMap((chart) => CHARTS[chart].STATES.map((state) => ({ ...e, chart, state })))
	);

/** A chart state's file of a content type in its edition, or a 404 for a chart or state that does not exist. */
export function stateFile(
	params: { lang?: string; chart: string; state: string },
	type: string,
	body: (chart: ChartId, state: string, locale: Locale) => BodyInit
): Response {
	const { chart, state } = params;
	if (!isChartId(chart) || !isChartState(chart, state)) error(404, 'No such chart or state');
	return new Response(body(chart, state, localeOf(params.lang)), {
		headers: { 'content-type': type }
	});
}
