import type { Dataset } from '$lib/data/dataset';
import type { DroneMonth } from '$lib/data/schema';
import { requireAmount } from '$lib/data/lookup';

/** What the drones chart needs from data/: the dataset's months and October's other counts. */
export interface DronesData {
	months: DroneMonth[];
	/** "More than 2,000 in October", as one report puts it. */
	reported: ReturnType<typeof requireAmount>;
	/** The same month in the dataset, every drone type counted (Shahed-type and the rest). */
	allTypes: ReturnType<typeof requireAmount>;
	/** The date the permission was reported, so the chart can say which months came after. */
	decision: string;
}

export function select(dataset: Pick<Dataset, 'drones' | 'figures'>): DronesData {
	const reported = requireAmount(dataset, 'drones-oct-2024-reported');
	const allTypes = requireAmount(dataset, 'drones-oct-2024-dataset-all');
	if (allTypes.period !== reported.period)
		throw new Error(
			'drones-oct-2024-dataset-all must count the same month as the reported figure.'
		);
	const decision = dataset.figures.find((f) => f.id === 'decision-date');
	if (!decision || decision.unit !== 'date')
		throw new Error('The drones chart needs the date figure "decision-date".');
	return {
		months: [...dataset.drones].sort((a, b) => a.month.localeCompare(b.month)),
		reported,
		allTypes,
		decision: decision.value
	};
}
