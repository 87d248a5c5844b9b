// Each chart's slice of data/, selected (and for the map, projected) at build time, so the
// reader downloads only what the charts draw.
import type { Dataset } from '$lib/data/dataset';
import type { Story } from '$lib/scrolly/copy';
import { selectTimeline } from './timeline/data';
import { selectDrones } from './drones/data';
import { selectAssault } from './assault/data';
import { selectCasualties } from './casualties/data';
import { selectAid } from './aid/data';
import { selectTroops } from './troops/data';
import { selectReach } from './reach/data';

export function selectChartData(dataset: Dataset, story: Pick<Story, 'timeline'>) {
	return {
		timeline: selectTimeline(dataset, story.timeline),
		drones: selectDrones(dataset),
		assault: selectAssault(dataset),
		casualties: selectCasualties(dataset),
		aid: selectAid(dataset),
		troops: selectTroops(dataset),
		reach: selectReach(dataset)
	};
}

export type ChartData = ReturnType<typeof selectChartData>;
