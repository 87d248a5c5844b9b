import Plot from './Plot.svelte';
import { casualtiesView, type CasualtiesView } from './view';
import type { CasualtiesData } from './data.server';
import type { ChartDef } from '../define';

/** The casualties chart: its view and its plot. */
export default {
	view: casualtiesView,
	Plot
} satisfies ChartDef<CasualtiesData, CasualtiesView>;
