// Every chart drawn from its own pure view, by chart id: the marks a share card or a download
// shows are computed by the same state functions as the page's, from the same data.
import type { ChartId } from '$lib/charts/catalogue';
import type { ChartViewBase } from '$lib/charts/types';
import { timelineView, type TimelineState } from '$lib/charts/timeline/view';
import { dronesView, type DronesState } from '$lib/charts/drones/view';
import { assaultView, type AssaultState } from '$lib/charts/assault/view';
import { casualtiesView, type CasualtiesState } from '$lib/charts/casualties/view';
import { aidView, type AidState } from '$lib/charts/aid/view';
import { troopsView, type TroopsState } from '$lib/charts/troops/view';
import { reachView, type ReachState } from '$lib/charts/reach/view';
import { distancesView, type DistancesState } from '$lib/charts/distances/view';
import type { Drawing } from '../svg';
import { sayer } from '$lib/content/words';
import { chartWords } from '$lib/content/words.server';
import type { Locale } from '$lib/content/format';
import type { PaintOptions } from './types';
import { paintTimeline } from './timeline';
import { paintDrones } from './drones';
import { paintAssault } from './assault';
import { paintCasualties } from './casualties';
import { paintAid } from './aid';
import { paintTroops } from './troops';
import { paintReach } from './reach';
import { paintDistances } from './distances';

export type { PaintOptions } from './types';

/**
 * A chart's view in a state and its drawing, in an edition's words; laid out for the drawing's
 * width where it can.
 */
export function paintChart(
	chart: ChartId,
	all: Record<ChartId, unknown>,
	state: string,
	options: PaintOptions,
	locale: Locale = 'en'
): { view: ChartViewBase; drawing: Drawing } {
	const say = (id: ChartId) => sayer(chartWords(id, locale));
	const paint = <V extends ChartViewBase>(
		view: V,
		painter: (v: V, o: PaintOptions) => Drawing
	) => ({
		view,
		drawing: painter(view, options)
	});
	// Each chart's data is checked against its own type where it was selected.
	const data = all as { [C in ChartId]: never };
	switch (chart) {
		case 'timeline':
			return paint(
				timelineView(data.timeline, state as TimelineState, say('timeline')),
				paintTimeline
			);
		case 'drones':
			return paint(dronesView(data.drones, state as DronesState, say('drones')), paintDrones);
		case 'assault':
			return paint(
				assaultView(data.assault, state as AssaultState, say('assault'), { width: options.width }),
				paintAssault
			);
		case 'casualties':
			return paint(
				casualtiesView(data.casualties, state as CasualtiesState, say('casualties')),
				paintCasualties
			);
		case 'aid':
			return paint(aidView(data.aid, state as AidState, say('aid')), paintAid);
		case 'troops':
			return paint(
				troopsView(data.troops, state as TroopsState, say('troops'), { width: options.width }),
				paintTroops
			);
		case 'reach':
			return paint(reachView(data.reach, state as ReachState, say('reach')), paintReach);
		case 'distances':
			return paint(
				distancesView(data.distances, state as DistancesState, say('distances')),
				paintDistances
			);
	}
}
