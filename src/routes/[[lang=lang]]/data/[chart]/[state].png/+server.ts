// Each chart state as a PNG, rendered at build time from its standalone SVG (one and a half
// times its size) and prerendered to build/data/<chart>/<state>.png (and uk/data/…, in Ukrainian).
import { chartStateSvg, DOWNLOAD_PNG_WIDTH } from '$lib/share/download.server';
import { shareContext } from '$lib/share/compose.server';
import { svgToPng } from '$lib/share/png.server';
import { stateEntries, stateFile } from '../state-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

export const GET: RequestHandler = ({ params }) =>
	stateFile(params, 'image/png', (chart, state, locale) =>
		svgToPng(chartStateSvg(shareContext(locale), chart, state, locale), DOWNLOAD_PNG_WIDTH)
	);
