// The aid chart's "show the data" table and CSV: exactly the figures a state shows.
import { PARTS } from './marks';
import { bookedElsewhere, donorName, type AidTerms } from './terms';
import type { Say, Values } from '$lib/content/words';
import type { ChartTable, TableColumn } from '../types';
import type { AidData } from './data.server';
import type { AidState } from './view';

/** A column headed by its words; a numeric one holds amounts. */
function column(say: Say, key: string, numeric = false, values: Values = {}): TableColumn {
	return { key, label: say(`table.${key}`, values), numeric };
}

/** `us`: the report's one dollar figure, with its currency, source and period. */
function usTable(data: AidData, { say, ...t }: AidTerms): ChartTable {
	return {
		caption: say('table.caption-us'),
		columns: [
			column(say, 'measure'),
			column(say, 'value', true),
			column(say, 'currency'),
			column(say, 'release'),
			column(say, 'period')
		],
		rows: [
			{
				measure: say('table.usd-measure'),
				value: data.usUsd.value,
				currency: say.named('currency', 'USD'),
				release: say('table.usd-release'),
				period: t.usdPeriod
			}
		]
	};
}

/** `donors` and `by-type`: each donor's total, and its types where they are drawn. */
function donorTable(data: AidData, state: AidState, { say, ...t }: AidTerms): ChartTable {
	const { donors } = data;
	const parts = state === 'by-type' ? PARTS : [];
	const unit = say('table.unit', { currency: t.currencyName, release: t.release });
	const amount = (key: string) => column(say, key, true, { unit });
	return {
		caption: say(`table.caption-${state}`, {
			count: donors.length,
			currency: t.currencyName,
			release: t.release,
			period: t.period
		}),
		columns: [
			column(say, 'donor'),
			...parts.map(amount),
			amount('total'),
			column(say, 'period'),
			...(t.eu ? [column(say, 'note')] : [])
		],
		rows: donors.map((d) => ({
			donor: donorName(say, d.donor),
			...Object.fromEntries(parts.map((p) => [p, d[p]])),
			total: d.total,
			period: t.period,
			...(t.eu ? { note: bookedElsewhere(d) ? say('table.booked') : '' } : {})
		}))
	};
}

export function aidTable(data: AidData, state: AidState, t: AidTerms): ChartTable {
	return state === 'us' ? usTable(data, t) : donorTable(data, state, t);
}
