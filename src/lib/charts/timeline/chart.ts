import Plot from './Plot.svelte';
import { timelineView, type TimelineView } from './view';
import type { TimelineData } from './data.server';
import type { ChartDef } from '../define';

/** The timeline: its view and its plot. */
export default {
	view: timelineView,
	Plot
} satisfies ChartDef<TimelineData, TimelineView>;
