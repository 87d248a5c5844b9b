import Plot from './Plot.svelte';
import { reachView, type ReachView } from './view';
import type { ReachData } from './data.server';
import type { ChartDef } from '../define';

/** The reach map: its view and its plot. */
export default {
	view: reachView,
	Plot
} satisfies ChartDef<ReachData, ReachView>;
