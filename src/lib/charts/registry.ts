// The charts and their named states, in one place: story copy, embeds and tests name them
// from here. Kept free of chart code so importing it costs a reader nothing.
import * as timeline from './timeline/states';
import * as drones from './drones/states';
import * as assault from './assault/states';
import * as casualties from './casualties/states';
import * as aid from './aid/states';
import * as troops from './troops/states';
import * as reach from './reach/states';

export const CHARTS = { timeline, drones, assault, casualties, aid, troops, reach } as const;

export type ChartId = keyof typeof CHARTS;
export type ChartState<C extends ChartId> = (typeof CHARTS)[C]['STATES'][number];

export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(id: unknown): id is ChartId {
	return typeof id === 'string' && Object.hasOwn(CHARTS, id);
}

export function isChartState<C extends ChartId>(chart: C, state: unknown): state is ChartState<C> {
	return typeof state === 'string' && (CHARTS[chart].STATES as readonly string[]).includes(state);
}

/** The state to show: the requested one when it exists, else the chart's default. */
export function stateOrDefault<C extends ChartId>(chart: C, state: unknown): ChartState<C> {
	return isChartState(chart, state) ? state : CHARTS[chart].DEFAULT_STATE;
}
