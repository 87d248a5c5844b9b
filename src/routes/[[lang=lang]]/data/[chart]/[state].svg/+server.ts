// Each chart state as a standalone SVG (title, chart, sources; colours resolved), prerendered
// to build/data/<chart>/<state>.svg beside its CSV (and uk/data/…, in Ukrainian), for
// graphics desks to download.
import { chartStateSvg } from '$lib/share/download.server';
import { shareContext } from '$lib/share/compose.server';
import { stateEntries, stateFile } from '../state-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

export const GET: RequestHandler = ({ params }) =>
	stateFile(params, 'image/svg+xml; charset=utf-8', (chart, state, locale) =>
		chartStateSvg(shareContext(locale), chart, state, locale)
	);
