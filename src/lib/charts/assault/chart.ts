import Plot from './Plot.svelte';
import { assaultView, type AssaultView } from './view';
import { DEFAULT_LAYOUT } from './layout';
import type { AssaultData } from './data.server';
import type { ChartDef } from '../define';

/** The assault chart: its view and its plot. */
export default {
	view: assaultView,
	Plot,
	measured: DEFAULT_LAYOUT
} satisfies ChartDef<AssaultData, AssaultView>;
