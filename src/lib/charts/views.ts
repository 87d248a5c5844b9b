// Every chart's pure state function, by chart id: (data, state) → what is drawn.
import type { ChartViewBase } from './types';
import type { ChartData } from './data.server';
import type { ChartId } from './registry';
import { timelineView } from './timeline/state';
import { dronesView } from './drones/state';
import { assaultView } from './assault/state';
import { casualtiesView } from './casualties/state';
import { aidView } from './aid/state';
import { troopsView } from './troops/state';
import { reachView } from './reach/state';

type ViewFn<C extends keyof ChartData> = (data: ChartData[C], state: never) => ChartViewBase;

export const VIEWS: { [C in ChartId]?: C extends keyof ChartData ? ViewFn<C> : never } = {
	timeline: timelineView,
	drones: dronesView,
	assault: assaultView,
	casualties: casualtiesView,
	aid: aidView,
	troops: troopsView,
	reach: reachView
};

/** The view of any chart in any state, for code that handles charts generically. */
export function viewOf(chart: ChartId, data: ChartData, state: string): ChartViewBase | undefined {
	const fn = VIEWS[chart] as ((d: unknown, s: string) => ChartViewBase) | undefined;
	return fn?.((data as Record<string, unknown>)[chart], state);
}
