// The troops chart's words for screen readers: each figure as its source gave it, never an
// average, and what each kind of figure is (present, possible, the force they are part of).
import { capitalise, type Say } from '$lib/content/words';
import { groupOf, type Group } from './groups';
import { attributed, figure, possessive, who } from './words';
import type { TroopEstimate, TroopsData } from './data.server';
import type { TroopsState } from './view';

export function troopsSummary(data: TroopsData, state: TroopsState, say: Say): string {
	const of = (g: Group) => data.estimates.filter((e) => groupOf(e) === g);
	const [present, possible, forces] = [of('present'), of('possible'), of('force')];
	const fig = (e: TroopEstimate) => figure(e, say);
	const whose = (e: TroopEstimate) =>
		attributed(e) ? say('summary.whose', { figure: fig(e), whose: possessive(e, say) }) : fig(e);
	const lo = present.reduce((a, b) => (b.value < a.value ? b : a), present[0]);
	const hi = present.reduce((a, b) => (b.value > a.value ? b : a), present[0]);
	const range = { lo: fig(lo), hi: fig(hi) };
	if (state === 'estimates') {
		const reports = new Set(present.map((e) => e.source)).size;
		const count = say.has(`count.${reports}`) ? say(`count.${reports}`) : say.n(reports);
		return say('summary.estimates', {
			reports: capitalise(say.plural('summary.reports', reports, { number: count }), say),
			figures: say.list(present.map(whose), 'or')
		});
	}
	if (state === 'up-to')
		return say('summary.up-to', { figures: say.list(possible.map(fig), 'or'), ...range });
	return say('summary.force', {
		who: say.list(
			forces.map((e) => (attributed(e) ? who(e, say) : say('summary.one-report'))),
			'or'
		),
		figures: say.list(forces.map(fig), 'or'),
		...range,
		most: Math.max(...possible.map((e) => e.value))
	});
}
