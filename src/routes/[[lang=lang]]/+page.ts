import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	// On the server only: the charts, the sources, the steps' words and the head are rendered
	// into the prerendered page.
	// In the browser each chart brings its own code and data when the reader nears it
	// (ChartIsland); the sources stay as drawn (ServerDrawn).
	const render = import.meta.env.SSR
		? (await import('$lib/charts/prerender.server')).storyRenderer(data.locale)
		: null;
	return { ...data, render };
};
