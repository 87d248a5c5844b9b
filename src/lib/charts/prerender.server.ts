// Renders the story's charts into its prerendered page. The browser then hydrates each one
// only when the reader nears it (ChartIsland), so the page ships no chart code or data.
import { render } from 'svelte/server';
import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';
import { selectChartData } from './data.server';
import { COMPONENTS } from './components';
import type { ChartId } from './registry';
import type { IslandProps } from './island';

export interface RenderedChart {
	/** The chart's <style> elements not already emitted for this page. */
	head: string;
	body: string;
}

export type ChartRenderer = (chart: ChartId, props: IslandProps) => RenderedChart;

/** A renderer for one page: charts share frame and layer styles, emitted once per page. */
export function chartRenderer(): ChartRenderer {
	const data = selectChartData(getDataset(), getStory());
	const emitted = new Set<string>();
	let count = 0;
	return (chart, props) => {
		const { head, body } = render(COMPONENTS[chart], {
			props: { ...props, data: data[chart] as never, state: props.state as never },
			// Ids ($props.id) unique across the page's charts: a chart may appear twice.
			idPrefix: `c${++count}`
		});
		const styles = [...head.matchAll(/<style id="([^"]+)">[\s\S]*?<\/style>/g)]
			.filter(([, id]) => !emitted.has(id) && emitted.add(id))
			.map(([style]) => style);
		return { head: styles.join(''), body };
	};
}
