import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	// On the server only: the charts are rendered into the prerendered page. In the browser
	// each chart brings its own code and data when the reader nears it (ChartIsland).
	const renderChart = import.meta.env.SSR
		? (await import('$lib/charts/prerender.server')).chartRenderer()
		: null;
	return { ...data, renderChart };
};
