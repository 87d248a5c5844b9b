import type { Source } from '$lib/data/schema';
import type { ChartCopy } from '$lib/scrolly/copy';
import type { ChartId, ChartState } from './registry';
import type { ChartData } from './data.server';

/** What every chart component takes: its data, its state, and what its frame needs. */
export interface ChartProps<C extends ChartId> {
	data: ChartData[C & keyof ChartData];
	state: ChartState<C>;
	copy: ChartCopy;
	sources: Source[];
	sourceHref: (source: Source) => string | undefined;
	csvHref: string;
	headingLevel?: 2 | 3;
}
