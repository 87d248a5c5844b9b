// What each state says to a screen reader: the figures it shows, in the chart's words.
import type { Say } from '$lib/content/words';
import type { AssaultData, AssaultType } from './data.server';
import type { Section } from './sections';
import type { AssaultState, Kind } from './view';

/** "101 Kh-101/Kalibr, 5 Kh-59/69, …": each type's count, as the dataset lists it. */
const typeList = (ts: AssaultType[], say: Say) =>
	ts
		.map((t) => say('summary.type', { count: t.launched, weapon: say.named('weapon', t.weapon) }))
		.join(', ');

/** "120 missiles", "about 90 drones": a count (or a figure in words) with its noun's form. */
const counted = (say: Say, kind: Kind, value: number, words = say.n(value)) =>
	say.plural(`counted.${kind}`, value, { count: words });

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
				missilesReported: counted(
					say,
					'missile',
					reported.missiles.value,
					say.figure(reported.missiles)
				),
				dronesReported: counted(say, 'drone', reported.drones.value, say.figure(reported.drones)),
				missiles: counted(say, 'missile', missiles.launched),
				drones: counted(say, 'drone', drones.launched),
				date: say.date(data.date)
			}),
		'by-type': () =>
			say('summary.by-type', {
				missiles: counted(say, 'missile', missiles.launched),
				entries: say.plural('summary.entries', missiles.types.length),
				combined: combined(missiles.types, say),
				types: typeList(missiles.types, say),
				drones: counted(say, 'drone', drones.launched),
				droneTypes: say.list(drones.types.map((t) => say.named('weapon', t.weapon)))
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
