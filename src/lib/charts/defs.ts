// Every chart's definition (its folder's chart.ts), found by folder and imported at once: for
// server rendering only (embed pages, story islands, downloads). The story's browser code
// fetches one chart at a time through load.ts instead.
import type { ChartId } from './catalogue';
import type { AnyChartDef } from './define';

const defs = import.meta.glob('./*/chart.ts', { eager: true, import: 'default' }) as Record<
	string,
	AnyChartDef
>;

export function chartDef(chart: ChartId): AnyChartDef {
	const found = defs[`./${chart}/chart.ts`];
	if (!found) throw new Error(`src/lib/charts/${chart}/chart.ts is missing.`);
	return found;
}
