import Plot from './Plot.svelte';
import { aidView, type AidView } from './view';
import type { AidData } from './data.server';
import type { ChartDef } from '../define';

/** The aid chart: its view and its plot. */
export default {
	view: aidView,
	Plot
} satisfies ChartDef<AidData, AidView>;
