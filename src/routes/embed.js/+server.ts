// build/embed.js, the loader host pages include: its bundled script (lib/embed/loader.ts)
// with the heights the build measured for every embed page (lib/embed/heights.json), so it
// reserves each chart's height before the chart loads.
import source from 'virtual:embed-loader';
import { HEIGHTS, loaderTable } from '$lib/embed/heights.server';
import { chartContext } from '$lib/charts/catalogue.server';
import { CHART_IDS } from '$lib/charts/catalogue';
import { LOCALES } from '$lib/content/editions';

export const prerender = true;

export function GET(): Response {
	// Each iframe is named for its chart, in its edition's words.
	const { storyOf } = chartContext();
	const titles = Object.fromEntries(
		LOCALES.map((l) => [
			l,
			Object.fromEntries(CHART_IDS.map((c) => [c, storyOf(l).charts[c].title]))
		])
	);
	// Wrapped in a function: the bundle's one name stays off the host page's window.
	const body =
		'/* Within Range embed loader: <div data-within-range="drones"></div>; see the README. */\n' +
		`(function(){${source}withinRangeLoader.start(${JSON.stringify(loaderTable(HEIGHTS, titles))})})();\n`;
	return new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
