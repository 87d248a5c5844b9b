import type { Dataset } from '$lib/data/dataset';
import { requireAmount } from '$lib/data/lookup';

/** A numeric figure from figures.csv, with its qualifier, period and source. */
export type Amount = ReturnType<typeof requireAmount>;

/** One month of the UN mission's verified civilian toll; killed/injured null where unpublished. */
export interface CasualtyMonthData {
	month: string;
	killed: number | null;
	injured: number | null;
	total: number;
	source: string;
}

/** What the casualties chart needs from data/: the reports' named attacks and the UN months. */
export interface CasualtiesData {
	attacks: {
		assaultKilled: Amount;
		sumyKilled: Amount;
		sumyChildrenKilled: Amount;
		odesaKilled: Amount;
		odesaInjured: Amount;
	};
	months: CasualtyMonthData[];
}

export function select(dataset: Pick<Dataset, 'casualties' | 'figures'>): CasualtiesData {
	return {
		attacks: {
			assaultKilled: requireAmount(dataset, 'assault-killed'),
			sumyKilled: requireAmount(dataset, 'sumy-killed'),
			sumyChildrenKilled: requireAmount(dataset, 'sumy-children-killed'),
			odesaKilled: requireAmount(dataset, 'odesa-killed'),
			odesaInjured: requireAmount(dataset, 'odesa-injured')
		},
		months: [...dataset.casualties]
			.sort((a, b) => a.month.localeCompare(b.month))
			.map(({ month, killed, injured, total, source }) => ({
				month,
				killed,
				injured,
				total,
				source
			}))
	};
}
