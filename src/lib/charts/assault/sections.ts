// The dataset's breakdown as the chart groups it: missiles, then drones, and each weapon's
// marks by what became of it.
import type { AssaultData, AssaultType } from './data.server';
import type { Fate, Kind } from './view';

/** One section of the chart: every weapon type of one kind, and their totals. */
export interface Section {
	kind: Kind;
	types: AssaultType[];
	launched: number;
	destroyed: number;
	lost: number;
	unstopped: number;
}

const CATEGORY_ORDER: Record<AssaultType['category'], number> = {
	'cruise missile': 0,
	'ballistic missile': 1,
	UAV: 2
};

/** Missiles then drones; within each, cruise before ballistic, larger groups first. */
export function sections(data: AssaultData): Section[] {
	const order = data.types
		.map((t, i) => ({ t, i }))
		.sort(
			(a, b) =>
				CATEGORY_ORDER[a.t.category] - CATEGORY_ORDER[b.t.category] ||
				b.t.launched - a.t.launched ||
				a.i - b.i
		)
		.map((d) => d.t);
	return (['missile', 'drone'] as const).map((kind) => {
		const types = order.filter((t) => t.kind === kind);
		const sum = (f: (t: AssaultType) => number) => types.reduce((s, t) => s + f(t), 0);
		const launched = sum((t) => t.launched);
		const destroyed = sum((t) => t.destroyed);
		const lost = sum((t) => t.lostInFlight);
		return { kind, types, launched, destroyed, lost, unstopped: launched - destroyed - lost };
	});
}

/** A weapon type's marks, one per weapon: shot down first, then lost, then not stopped. */
export function fatesOf(t: AssaultType): Fate[] {
	const unstopped = t.launched - t.destroyed - t.lostInFlight;
	return [
		...Array<Fate>(t.destroyed).fill('destroyed'),
		...Array<Fate>(t.lostInFlight).fill('lost'),
		...Array<Fate>(unstopped).fill('unstopped')
	];
}

/** The report's rounded figure for a section's kind. */
export const reportedOf = (data: AssaultData, kind: Kind) =>
	kind === 'missile' ? data.reported.missiles : data.reported.drones;

/** Label ids, the same in every state so labels tween in place. */
export const sectionId = (kind: Kind) => `section-${kind}`;
export const groupId = (t: AssaultType) =>
	`group-${t.weapon.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
