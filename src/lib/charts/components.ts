// Every chart's component, imported statically: for server rendering (story islands,
// embed pages) only. The story's browser code loads a chart through `loaders` instead.
import type { Component } from 'svelte';
import type { ChartId } from './registry';
import type { FrameProps } from './props';
import Timeline from './timeline/Timeline.svelte';
import Drones from './drones/Drones.svelte';
import Assault from './assault/Assault.svelte';
import Casualties from './casualties/Casualties.svelte';
import Aid from './aid/Aid.svelte';
import Troops from './troops/Troops.svelte';
import Reach from './reach/Reach.svelte';

/** A chart component, whatever its data: each is checked against its own data type inside. */
export type AnyChart = Component<FrameProps & { data: never; state: never }>;

export const COMPONENTS = {
	timeline: Timeline,
	drones: Drones,
	assault: Assault,
	casualties: Casualties,
	aid: Aid,
	troops: Troops,
	reach: Reach
} as Record<ChartId, AnyChart>;
