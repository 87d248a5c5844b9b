// Every chart drawn from its own pure view, by chart id: the marks a share card or a download
// shows are computed by the same state functions as the page's, from the same data.
import type { ChartData } from '$lib/charts/data.server';
import type { ChartId } from '$lib/charts/registry';
import type { ChartViewBase } from '$lib/charts/types';
import { timelineView, type TimelineState } from '$lib/charts/timeline/state';
import { dronesView, type DronesState } from '$lib/charts/drones/state';
import { assaultView, type AssaultState } from '$lib/charts/assault/state';
import { casualtiesView, type CasualtiesState } from '$lib/charts/casualties/state';
import { aidView, type AidState } from '$lib/charts/aid/state';
import { troopsView, type TroopsState } from '$lib/charts/troops/state';
import { reachView, type ReachState } from '$lib/charts/reach/state';
import type { Drawing } from '../svg';
import type { PaintOptions } from './types';
import { paintTimeline } from './timeline';
import { paintDrones } from './drones';
import { paintAssault } from './assault';
import { paintCasualties } from './casualties';
import { paintAid } from './aid';
import { paintTroops } from './troops';
import { paintReach } from './reach';

export type { PaintOptions } from './types';

/** A chart's view in a state and its drawing; laid out for the drawing's width where it can. */
export function paintChart(
	chart: ChartId,
	data: ChartData,
	state: string,
	options: PaintOptions
): { view: ChartViewBase; drawing: Drawing } {
	const paint = <V extends ChartViewBase>(
		view: V,
		painter: (v: V, o: PaintOptions) => Drawing
	) => ({
		view,
		drawing: painter(view, options)
	});
	switch (chart) {
		case 'timeline':
			return paint(timelineView(data.timeline, state as TimelineState), paintTimeline);
		case 'drones':
			return paint(dronesView(data.drones, state as DronesState), paintDrones);
		case 'assault':
			return paint(
				assaultView(data.assault, state as AssaultState, { width: options.width }),
				paintAssault
			);
		case 'casualties':
			return paint(casualtiesView(data.casualties, state as CasualtiesState), paintCasualties);
		case 'aid':
			return paint(aidView(data.aid, state as AidState), paintAid);
		case 'troops':
			return paint(
				troopsView(data.troops, state as TroopsState, { width: options.width }),
				paintTroops
			);
		case 'reach':
			return paint(reachView(data.reach, state as ReachState), paintReach);
	}
}
