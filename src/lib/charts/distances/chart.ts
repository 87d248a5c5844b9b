import Plot from './Plot.svelte';
import { distancesView, type DistancesView } from './view';
import type { DistancesData } from './data.server';
import type { ChartDef } from '../define';

/** Russia's cities by distance from the launch point, against each weapon's reach. */
export default {
	view: distancesView,
	Plot
} satisfies ChartDef<DistancesData, DistancesView>;
