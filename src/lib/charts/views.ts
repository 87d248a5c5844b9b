// Every chart's pure state function, by chart id: (data, state) → what is drawn.
import type { ChartViewBase } from './types';
import type { ChartData } from './data.server';
import type { ChartId, ChartState } from './registry';
import { dronesView } from './drones/state';

export const VIEWS: {
	[C in ChartId]?: (data: ChartData[C & keyof ChartData], state: ChartState<C>) => ChartViewBase;
} = {
	drones: dronesView
};
