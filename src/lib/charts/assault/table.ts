// The "show the data" table and CSV: the report's figures beside the dataset's, per state.
import type { Say } from '$lib/content/words';
import type { ChartTable } from '../types';
import type { AssaultData } from './data.server';
import { reportedOf, type Section } from './sections';
import type { AssaultState } from './view';

/** All: the two kinds, the report's figure beside the dataset's count. */
function kindsTable(data: AssaultData, secs: Section[], say: Say): ChartTable {
	return {
		caption: say('table.caption-all', { date: say.date(data.date) }),
		columns: [
			{ key: 'weapons', label: say('table.weapons') },
			{ key: 'reported', label: say('table.reported') },
			{ key: 'dataset', label: say('table.dataset'), numeric: true }
		],
		rows: secs.map((s) => ({
			weapons: say(`table.kind.${s.kind}`),
			reported: say.figure(reportedOf(data, s.kind)),
			dataset: s.launched
		}))
	};
}

const FATES = ['destroyed', 'lost', 'unstopped'] as const;

/** By type, and in shot-down what became of each: one row per type, a total per kind. */
function typesTable(data: AssaultData, secs: Section[], fates: boolean, say: Say): ChartTable {
	const fateOf = (launched: number, destroyed: number, lost: number): ChartTable['rows'][number] =>
		fates ? { destroyed, lost, unstopped: launched - destroyed - lost } : {};
	return {
		caption: say(fates ? 'table.caption-shot-down' : 'table.caption-by-type', {
			date: say.date(data.date)
		}),
		columns: [
			{ key: 'weapon', label: say('table.weapon') },
			{ key: 'category', label: say('table.category') },
			{ key: 'launched', label: say('table.launched'), numeric: true },
			...(fates ? FATES.map((key) => ({ key, label: say(`table.${key}`), numeric: true })) : []),
			{ key: 'reported', label: say('table.reported') }
		],
		rows: secs.flatMap((s) => [
			...s.types.map((t) => ({
				weapon: say.named('weapon', t.weapon),
				category: say.named('category-name', t.category),
				launched: t.launched,
				...fateOf(t.launched, t.destroyed, t.lostInFlight),
				reported: ''
			})),
			{
				weapon: say(`table.total.${s.kind}`),
				category: '',
				launched: s.launched,
				...fateOf(s.launched, s.destroyed, s.lost),
				reported: say.figure(reportedOf(data, s.kind))
			}
		])
	};
}

export function assaultTable(
	data: AssaultData,
	secs: Section[],
	state: AssaultState,
	say: Say
): ChartTable {
	return state === 'all'
		? kindsTable(data, secs, say)
		: typesTable(data, secs, state === 'shot-down', say);
}
