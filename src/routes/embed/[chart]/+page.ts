import { error } from '@sveltejs/kit';
import { CHART_COMPONENTS } from '$lib/charts/components';
import type { PageLoad } from './$types';

// Resolve the chart's component before rendering, on the server and in the browser alike.
export const load: PageLoad = async ({ data }) => {
	const loader = CHART_COMPONENTS[data.chart];
	if (!loader) error(404, `There is no chart called "${data.chart}".`);
	return { ...data, component: (await loader()).default };
};
