// The CSV of each chart in each state, prerendered to build/data/<chart>/<state>.csv so the
// download works without JavaScript and holds exactly what that state shows.
import { chartContext } from '$lib/charts/catalogue.server';
import { tableToCsv } from '$lib/charts/csv';
import { stateEntries, stateFile } from '../state-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

export const GET: RequestHandler = ({ params }) =>
	stateFile(params, 'text/csv; charset=utf-8', (chart, state) =>
		tableToCsv(chartContext().view(chart, state).table)
	);
