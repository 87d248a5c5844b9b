// The CSV of each chart in each state, prerendered to build/data/<chart>/<state>.csv (and
// uk/data/…) so the download works without JavaScript and holds exactly what that state
// shows. The Ukrainian CSV has its edition's column headings; its numbers are written as the
// English ones are (a point for decimals, no grouping), for software to read.
import { chartContext } from '$lib/charts/catalogue.server';
import { tableToCsv } from '$lib/charts/csv';
import { stateEntries, stateFile } from '../state-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

export const GET: RequestHandler = ({ params }) =>
	stateFile(params, 'text/csv; charset=utf-8', (chart, state, locale) =>
		tableToCsv(chartContext().view(chart, state, undefined, locale).table)
	);
