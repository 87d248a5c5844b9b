import type { Dataset } from '$lib/data/dataset';
import type { DroneMonth } from '$lib/data/schema';
import { requireAmount } from '$lib/data/lookup';

/** What the drones chart needs from data/: the dataset's months and the reported record. */
export interface DronesData {
	months: DroneMonth[];
	/** "More than 2,000 in October", as the reports put it. */
	reported: ReturnType<typeof requireAmount>;
}

export function selectDrones(dataset: Pick<Dataset, 'drones' | 'figures'>): DronesData {
	return {
		months: [...dataset.drones].sort((a, b) => a.month.localeCompare(b.month)),
		reported: requireAmount(dataset, 'drones-oct-2024-reported')
	};
}
