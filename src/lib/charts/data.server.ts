// Each chart's slice of data/, selected (and for the map, projected) at build time, so the
// reader downloads only what the charts draw.
import type { Dataset } from '$lib/data/dataset';
import { selectDrones } from './drones/data';

export function selectChartData(dataset: Dataset) {
	return {
		drones: selectDrones(dataset)
	};
}

export type ChartData = ReturnType<typeof selectChartData>;
