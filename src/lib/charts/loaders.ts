// Each chart's code as its own chunk, fetched by the story only when the reader nears it.
import type { ChartId } from './registry';
import type { AnyChart } from './components';

type Loader = () => Promise<{ default: unknown }>;

const LOADERS: Record<ChartId, Loader> = {
	timeline: () => import('./timeline/Timeline.svelte'),
	drones: () => import('./drones/Drones.svelte'),
	assault: () => import('./assault/Assault.svelte'),
	casualties: () => import('./casualties/Casualties.svelte'),
	aid: () => import('./aid/Aid.svelte'),
	troops: () => import('./troops/Troops.svelte'),
	reach: () => import('./reach/Reach.svelte')
};

export async function loadChart(chart: ChartId): Promise<AnyChart> {
	return (await LOADERS[chart]()).default as AnyChart;
}

/** The URL of a chart's data (prerendered by routes/data/[chart]/chart.json), under `base`. */
export const chartDataHref = (base: string, chart: ChartId) => `${base}/data/${chart}/chart.json`;
