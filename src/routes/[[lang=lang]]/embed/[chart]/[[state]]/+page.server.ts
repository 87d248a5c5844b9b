import { error } from '@sveltejs/kit';
import { CHARTS, CHART_IDS, isChartId, isChartState } from '$lib/charts/catalogue';
import { embedLoad } from '$lib/embed/load.server';
import { editionEntries, localeOf } from '$lib/content/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

// An embed is static HTML: no SvelteKit client, no hydration. Its one small inline script
// (lib/embed/child.ts) handles the theme, `?state=` and pym.js resizing.
export const csr = false;

/** /embed/<chart>/ in the chart's default state, and /embed/<chart>/<state>/ for each state. */
export const entries: EntryGenerator = () =>
	editionEntries().flatMap((e) =>
		CHART_IDS.flatMap((chart) => [
			{ ...e, chart },
			...CHARTS[chart].STATES.map((state) => ({ ...e, chart, state }))
		])
	);

export const load: PageServerLoad = ({ params }) => {
	const { chart, state } = params;
	if (!isChartId(chart)) error(404, 'No such chart');
	if (state !== undefined && !isChartState(chart, state)) error(404, 'No such state');
	return embedLoad(
		chart,
		state ?? CHARTS[chart].DEFAULT_STATE,
		state !== undefined,
		localeOf(params.lang)
	);
};
