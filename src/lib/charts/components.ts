// Each chart's component, loaded on demand: an embed page downloads only its own chart.
import type { Component } from 'svelte';
import type { ChartId } from './registry';

export const CHART_COMPONENTS: Partial<
	Record<ChartId, () => Promise<{ default: Component<never> }>>
> = {
	timeline: () => import('./timeline/Timeline.svelte') as never,
	drones: () => import('./drones/Drones.svelte') as never
};
