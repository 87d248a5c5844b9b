import type { Dataset } from '$lib/data/dataset';
import type { AssaultWeapon } from '$lib/data/schema';
import { requireAmount } from '$lib/data/lookup';

/** One weapon type of the assault, as the dataset breaks it down. */
export interface AssaultType {
	weapon: string;
	kind: 'missile' | 'drone';
	category: AssaultWeapon['category'];
	launched: number;
	destroyed: number;
	lostInFlight: number;
	source: string;
	categorySource: string;
}

/** What the assault chart needs from data/: the dataset's breakdown and the reports' figures. */
export interface AssaultData {
	date: string;
	/** In the dataset's order. */
	types: AssaultType[];
	/** The reports' rounded totals ("about 120", "about 90"). */
	reported: {
		missiles: ReturnType<typeof requireAmount>;
		drones: ReturnType<typeof requireAmount>;
	};
	/** The fate figures as data/figures.csv states them (checked against the breakdown). */
	fates: {
		missilesDestroyed: ReturnType<typeof requireAmount>;
		dronesDestroyed: ReturnType<typeof requireAmount>;
		dronesLost: ReturnType<typeof requireAmount>;
	};
}

const sum = (types: AssaultType[], key: 'launched' | 'destroyed' | 'lostInFlight') =>
	types.reduce((s, t) => s + t[key], 0);

export function select(dataset: Pick<Dataset, 'assault' | 'figures'>): AssaultData {
	const types: AssaultType[] = dataset.assault.map((w) => ({
		weapon: w.weapon,
		kind: w.category === 'UAV' ? 'drone' : 'missile',
		category: w.category,
		launched: w.launched,
		destroyed: w.destroyed,
		lostInFlight: w.lost_in_flight,
		source: w.source,
		categorySource: w.category_source
	}));
	const missiles = requireAmount(dataset, 'assault-missiles');
	const data: AssaultData = {
		date: missiles.period,
		types,
		reported: { missiles, drones: requireAmount(dataset, 'assault-drones') },
		fates: {
			missilesDestroyed: requireAmount(dataset, 'assault-missiles-destroyed'),
			dronesDestroyed: requireAmount(dataset, 'assault-drones-destroyed'),
			dronesLost: requireAmount(dataset, 'assault-drones-lost')
		}
	};
	// The chart draws the breakdown and writes the figures: they must agree.
	const m = types.filter((t) => t.kind === 'missile');
	const d = types.filter((t) => t.kind === 'drone');
	const checks: [string, number, number][] = [
		['assault-missiles-destroyed', data.fates.missilesDestroyed.value, sum(m, 'destroyed')],
		['assault-drones-destroyed', data.fates.dronesDestroyed.value, sum(d, 'destroyed')],
		['assault-drones-lost', data.fates.dronesLost.value, sum(d, 'lostInFlight')]
	];
	for (const [id, figure, breakdown] of checks)
		if (figure !== breakdown)
			throw new Error(
				`Figure "${id}" is ${figure} but the assault breakdown sums to ${breakdown}.`
			);
	return data;
}
