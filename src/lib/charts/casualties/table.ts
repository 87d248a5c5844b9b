// Exactly what a state shows, as the "show the data" table and its CSV, and the sources
// behind it.
import { capitalise, type Say } from '$lib/content/words';
import type { ChartTable } from '../types';
import type { CasualtiesData } from './data.server';
import type { CasualtiesState } from './view';
import { isTotalOnly, type MonthFacts } from './months';

/** The UN's months, one row each, with the months it gave as a total only noted. */
function monthlyTable({ months }: CasualtiesData, facts: MonthFacts, say: Say): ChartTable {
	return {
		caption: say('table.caption-monthly', {
			first: say.date(facts.first.month),
			last: say.date(facts.last.month)
		}),
		columns: [
			{ key: 'month', label: say('table.month') },
			{ key: 'killed', label: say('table.killed'), numeric: true },
			{ key: 'injured', label: say('table.injured'), numeric: true },
			{ key: 'total', label: say('table.total'), numeric: true },
			{ key: 'note', label: say('table.note') }
		],
		rows: months.map((m) => ({
			month: capitalise(say.date(m.month), say),
			killed: m.killed,
			injured: m.injured,
			total: m.total,
			note: isTotalOnly(m) ? say('table.total-only') : ''
		}))
	};
}

/** The attacks the reports name, one row each: only the assault in its own state. */
function attacksTable({ attacks }: CasualtiesData, state: CasualtiesState, say: Say): ChartTable {
	const { assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured } = attacks;
	const when = (iso: string) => say('table.inferred', { date: capitalise(say.date(iso), say) });
	const rows = [
		{
			attack: say('table.assault'),
			date: when(assaultKilled.period),
			killed: say.figure(assaultKilled),
			children: null,
			injured: null
		},
		{
			attack: say('table.sumy'),
			date: when(sumyKilled.period),
			killed: say.figure(sumyKilled),
			children: say.figure(sumyChildrenKilled),
			injured: null
		},
		{
			attack: say('table.odesa'),
			date: when(odesaKilled.period),
			killed: say.figure(odesaKilled),
			children: null,
			injured: say.figure(odesaInjured)
		}
	];
	const solo = state === 'assault';
	return {
		caption: solo
			? say('table.caption-assault', { date: say.date(assaultKilled.period) })
			: say('table.caption-attacks'),
		columns: [
			{ key: 'attack', label: say('table.attack') },
			{ key: 'date', label: say('table.when') },
			{ key: 'killed', label: say('table.killed') },
			...(solo
				? []
				: [
						{ key: 'children', label: say('table.children') },
						{ key: 'injured', label: say('table.injured') }
					])
		],
		rows: solo
			? rows.slice(0, 1).map(({ attack, date, killed }) => ({ attack, date, killed }))
			: rows
	};
}

export function tableOf(
	data: CasualtiesData,
	facts: MonthFacts,
	state: CasualtiesState,
	say: Say
): ChartTable {
	return state === 'monthly' ? monthlyTable(data, facts, say) : attacksTable(data, state, say);
}

/** Ids of every source behind what the state shows. */
export function sourcesOf(
	{ attacks, months }: CasualtiesData,
	facts: MonthFacts,
	state: CasualtiesState
): string[] {
	const { assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured } = attacks;
	if (state === 'assault') return [assaultKilled.source];
	if (state === 'attacks')
		return [
			...new Set(
				[assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured].map(
					(f) => f.source
				)
			)
		];
	// The attacks' month carries the reports' figures too.
	const named = facts.focus ? [assaultKilled, sumyKilled, odesaKilled].map((f) => f.source) : [];
	return [...new Set([...months.map((m) => m.source), ...named])];
}
