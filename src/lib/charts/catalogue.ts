// The eight charts, listed once. Each folder's manifest (index.ts) names its states; story
// copy, embeds and tests name charts from here. Plain data, cheap to import anywhere (the
// embeds' inline script bundles it); a folder's code is found by its path (load.ts, defs.ts,
// catalogue.server.ts), never listed again.
import * as timeline from './timeline';
import * as drones from './drones';
import * as assault from './assault';
import * as casualties from './casualties';
import * as aid from './aid';
import * as troops from './troops';
import * as reach from './reach';
import * as distances from './distances';

export const CHARTS = {
	timeline,
	drones,
	assault,
	casualties,
	aid,
	troops,
	reach,
	distances
} as const;

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
