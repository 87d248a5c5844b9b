import Plot from './Plot.svelte';
import { troopsView, DEFAULT_LAYOUT, type TroopsView } from './view';
import type { TroopsData } from './data.server';
import type { ChartDef } from '../define';

/** The troops chart: its view and its plot. */
export default {
	view: troopsView,
	Plot,
	measured: DEFAULT_LAYOUT
} satisfies ChartDef<TroopsData, TroopsView>;
