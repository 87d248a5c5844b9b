import Plot from './Plot.svelte';
import { dronesView, type DronesView } from './view';
import type { DronesData } from './data.server';
import type { ChartDef } from '../define';

/** The drones chart: its view and its plot. */
export default {
	view: dronesView,
	Plot
} satisfies ChartDef<DronesData, DronesView>;
