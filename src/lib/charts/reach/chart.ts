import Plot from './Plot.svelte';
import { reachView, type ReachView } from './view';
import { withPlacedNames } from './labels';
import type { ReachData } from './data.server';
import type { ChartDef } from '../define';

/** The reach map: its view and its plot. */
export default {
	view: reachView,
	prepare: withPlacedNames,
	Plot
} satisfies ChartDef<ReachData, ReachView>;
