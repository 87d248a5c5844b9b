import { scaleLinear } from 'd3-scale';
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import type { DistanceRange, DistancesData } from './data.server';
import type { DistancesState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { DistancesState };

/** Where a city lies against the longest reach: inside every report's, inside some, or beyond. */
export type Reach = 'within' | 'edge' | 'beyond';

export interface CityMark {
	name: string;
	/** Distance to the nearest 5 km, as the methods state. */
	km: number;
	/** Position on the distance axis, % of the plot's width. */
	x: number;
	/** Against the longest-reaching weapon; null where the state shows no reach. */
	reach: Reach | null;
	/** Against the longest-reaching weapon, shown or not (a dot keeps its colours to fade). */
	lies: Reach;
	/** "130 km" */
	label: string;
}

export interface RangeMark {
	weapon: string;
	/** The weapon's name where room is short (a phone): "Storm Shadow". */
	short: string;
	/** The shortest and longest reported reach, % of the plot's width (equal for one figure). */
	x0: number;
	x1: number;
	/** "about 80 km", or for reports that disagree "299–306 km" */
	label: string;
}

export interface DistancesView extends ChartViewBase {
	cities: CityMark[];
	/** Empty in the state that shows distances alone. */
	ranges: RangeMark[];
	/** Distances along the axis; `minor` ticks give way on narrow plots. */
	ticks: { x: number; label: string; minor: boolean }[];
	/** The axis's title: what the distances are measured from. */
	axis: string;
}

const round5 = (km: number) => Math.round(km / 5) * 5;

/** Against one weapon's reach: inside even its shortest reported range, inside its longest, or beyond. */
export function reachOf(km: number, range: Pick<DistanceRange, 'innerKm' | 'outerKm'>): Reach {
	if (km <= range.innerKm) return 'within';
	return km <= range.outerKm ? 'edge' : 'beyond';
}

export function distancesView(data: DistancesData, state: DistancesState, say: Say): DistancesView {
	const far = data.cities[data.cities.length - 1];
	const x = scaleLinear().domain([0, far.km]).nice(6).range([0, 100]);
	const longest = data.ranges[data.ranges.length - 1];
	const showReach = state === 'within';
	// Names from data/, in the edition's words; `from` as it reads after "from" ("від Сум").
	const from = say.named('from', data.from);
	const place = (name: string) => say.named('name', name);
	const weapon = (r: DistanceRange) => say.named('weapon', r.weapon);
	const kmWords = (km: number) => say('km', { km });
	const rangeWords = (r: DistanceRange) =>
		Math.round(r.innerKm) === Math.round(r.outerKm)
			? kmWords(Math.round(r.innerKm))
			: say('range.band', { inner: Math.round(r.innerKm), outer: Math.round(r.outerKm) });

	const cities: CityMark[] = data.cities.map((c) => ({
		name: place(c.name),
		km: round5(c.km),
		x: x(c.km),
		reach: showReach ? reachOf(c.km, longest) : null,
		lies: reachOf(c.km, longest),
		label: kmWords(round5(c.km))
	}));
	const inside = data.cities.map((c) => reachOf(c.km, longest) === 'within');
	const ranges: RangeMark[] = showReach
		? data.ranges.map((r) => ({
				weapon: weapon(r),
				short: say.named('short', r.weapon, weapon(r)),
				x0: x(r.innerKm),
				x1: x(r.outerKm),
				label: rangeWords(r)
			}))
		: [];
	const named = (list: typeof cities) =>
		say.list(list.map((c) => say('city', { name: c.name, km: c.km })));
	const within = cities.filter((_, i) => inside[i]);
	const beyond = cities.filter((_, i) => !inside[i]);
	const summary =
		state === 'cities'
			? say('summary.cities', { from, cities: named(cities) })
			: `${say.plural('summary.within', within.length, {
					from,
					weapon: weapon(longest),
					range: rangeWords(longest),
					within: named(within)
				})} ${say.plural('summary.beyond', beyond.length, { cities: named(beyond) })}`;

	const reachable = (km: number) =>
		say.list(data.ranges.filter((r) => km <= r.innerKm).map(weapon)) || say('table.none');
	return {
		cities,
		ranges,
		ticks: x.ticks(6).map((t, i) => ({ x: x(t), label: say.n(t), minor: i % 2 === 1 })),
		axis: say('axis', { from }),
		summary,
		table: {
			caption: say('table.caption', { from }),
			columns: [
				{ key: 'city', label: say('table.city') },
				{ key: 'km', label: say('table.km'), numeric: true },
				...(showReach ? [{ key: 'reach', label: say('table.reach') }] : [])
			],
			rows: data.cities.map((c) => ({
				city: place(c.name),
				km: round5(c.km),
				...(showReach ? { reach: reachable(c.km) } : {})
			}))
		},
		sources: [
			...new Set([
				...data.cities.map((c) => c.source),
				...(showReach ? data.ranges.flatMap((r) => r.figures.map((f) => f.source)) : [])
			])
		]
	};
}
