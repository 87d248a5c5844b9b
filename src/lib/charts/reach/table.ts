// The "show the data" table and CSV (every reported range on show) and the sources behind a state.
import type { Say } from '$lib/content/words';
import type { ChartTable } from '../types';
import type { ReachData, ReachRange } from './data.server';
import type { PlaceMark, ReachState, RingMark } from './view';

export function reachTable(data: ReachData, figures: ReachRange[], say: Say): ChartTable {
	return {
		caption: say('table.caption', { launch: say.named('from', data.launch) }),
		columns: [
			{ key: 'weapon', label: say('table.weapon') },
			{ key: 'reported', label: say('table.reported') },
			{ key: 'km', label: say('table.km'), numeric: true },
			{ key: 'source', label: say('table.source') }
		],
		rows: figures.map((f) => ({
			weapon: f.weapon,
			reported: say.figure(f),
			km: Math.round(f.km * 10) / 10,
			source: say.named('credit', f.source, data.credits[f.source] ?? f.source)
		}))
	};
}

/** The rings' reports, the state's own figure, the places named and the atlas. */
export function reachSources(
	data: ReachData,
	state: ReachState,
	figures: ReachRange[],
	places: PlaceMark[]
): string[] {
	const extra =
		state === 'himars'
			? [data.permission.source]
			: state === 'kursk'
				? [data.incursion.source]
				: [];
	return [
		...new Set([
			...figures.map((f) => f.source),
			...extra,
			...places
				.filter((p) => p.wide || p.narrow)
				.map((p) => data.places.find((q) => q.name === p.name)!.source),
			data.land.source
		])
	];
}

/** The reports behind every ring on show. */
export const shownFigures = (data: ReachData, rings: RingMark[]) =>
	data.rings.filter((_, i) => rings[i].emphasis !== 'hidden').flatMap((r) => r.figures);
