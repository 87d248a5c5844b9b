// The troops chart's "show the data" table and CSV: one row per estimate, with its words,
// who made it, its status and source, and whether this state's scale reaches it.
import type { Say } from '$lib/content/words';
import type { ChartTable } from '../types';
import { credit, figure, who } from './words';
import type { TroopsData } from './data.server';

const COLUMNS = ['figure', 'value', 'qualifier', 'counts', 'by', 'status', 'scale', 'source'];

export function troopsTable(data: TroopsData, xMax: number, say: Say): ChartTable {
	return {
		caption: say('table.caption'),
		columns: COLUMNS.map((key) => ({
			key,
			label: say(`table.${key}`),
			numeric: key === 'value'
		})),
		rows: data.estimates.map((e) => ({
			figure: figure(e, say),
			value: e.value,
			qualifier: say.qualifier(e.qualifier) || say('table.exact'),
			counts: say.named('counts', e.id, e.counts),
			by: who(e, say),
			status: say(`status.${e.status}`),
			scale: say(e.value > xMax ? 'table.off-scale' : 'table.on-scale'),
			source: credit(e, say)
		}))
	};
}
