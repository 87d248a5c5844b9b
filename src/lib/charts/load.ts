// Each chart's code as its own chunk, fetched by the story only when the reader nears it:
// found by folder, so a new chart needs no line here.
import type { Component } from 'svelte';
import type { ChartId } from './catalogue';
import type { AnyChartDef } from './define';

const chunks = import.meta.glob('./*/chart.ts', { import: 'default' }) as Record<
	string,
	() => Promise<AnyChartDef>
>;

/** The URL of a chart's data and words (prerendered by routes/data/[chart]/chart.json). */
export const chartDataHref = (base: string, chart: ChartId) => `${base}/data/${chart}/chart.json`;

/** The frame that draws any chart, and this chart's definition. */
export async function loadChart(chart: ChartId): Promise<{ Chart: Component; def: AnyChartDef }> {
	const chunk = chunks[`./${chart}/chart.ts`];
	if (!chunk) throw new Error(`src/lib/charts/${chart}/chart.ts is missing.`);
	const [Chart, def] = await Promise.all([import('./Chart.svelte'), chunk()]);
	return { Chart: Chart.default as Component, def };
}
