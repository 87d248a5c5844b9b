// What each state says to a screen reader: the figures it shows, in the chart's words.
import type { Say } from '$lib/content/words';
import type { AssaultData, AssaultType } from './data.server';
import type { Section } from './sections';
import type { AssaultState } from './view';

/** "101 Kh-101/Kalibr, 5 Kh-59/69, …": each type's count, as the dataset lists it. */
const typeList = (ts: AssaultType[], say: Say) =>
	ts.map((t) => say('summary.type', { count: t.launched, weapon: t.weapon })).join(', ');

/** An entry such as "Kh-101/Kalibr" lumps two types together: say how many do. */
function combined(ts: AssaultType[], say: Say): string {
	const k = ts.filter((t) => t.weapon.includes('/')).length;
	return k ? say.plural('summary.combined', k) : say('summary.combined.none');
}

export function assaultSummary(
	data: AssaultData,
	[missiles, drones]: Section[],
	state: AssaultState,
	say: Say
): string {
	const { reported } = data;
	const summaries: Record<AssaultState, () => string> = {
		all: () =>
			say('summary.all', {
				missilesReported: say.figure(reported.missiles),
				dronesReported: say.figure(reported.drones),
				missiles: missiles.launched,
				drones: drones.launched,
				date: say.date(data.date)
			}),
		'by-type': () =>
			say('summary.by-type', {
				missiles: missiles.launched,
				entries: say.plural('summary.entries', missiles.types.length),
				combined: combined(missiles.types, say),
				types: typeList(missiles.types, say),
				drones: drones.launched,
				droneTypes: say.list(drones.types.map((t) => t.weapon))
			}),
		'shot-down': () =>
			say('summary.shot-down', {
				missiles: missiles.launched,
				missilesDestroyed: missiles.destroyed,
				missilesUnstopped: missiles.unstopped,
				drones: drones.launched,
				dronesDestroyed: drones.destroyed,
				dronesLost: drones.lost,
				dronesUnstopped: drones.unstopped
			})
	};
	return summaries[state]();
}
