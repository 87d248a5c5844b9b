// Each chart's component, loaded on demand: an embed page downloads only its own chart.
import type { Component } from 'svelte';
import type { FrameProps } from './props';
import type { ChartId } from './registry';

/** Every chart component takes its own data and state (checked at build) and its frame's props. */
export type ChartComponent = Component<FrameProps & { data: unknown; state: string }>;

export const CHART_COMPONENTS: Partial<
	Record<ChartId, () => Promise<{ default: ChartComponent }>>
> = {
	timeline: () => import('./timeline/Timeline.svelte') as never,
	drones: () => import('./drones/Drones.svelte') as never,
	assault: () => import('./assault/Assault.svelte') as never,
	casualties: () => import('./casualties/Casualties.svelte') as never,
	aid: () => import('./aid/Aid.svelte') as never,
	troops: () => import('./troops/Troops.svelte') as never,
	reach: () => import('./reach/Reach.svelte') as never
};
