// Which of three kinds of figure each estimate is, and what each state puts on its scale and
// in focus: the troops present, then the unconfirmed ceiling, then the force they are part of.
import { scaleLinear } from 'd3-scale';
import type { TroopEstimate, TroopsData } from './data.server';
import type { TroopsState } from './view';

export type Emphasis = 'focus' | 'context' | 'muted';
/** Which of the three kinds of figure a row is. */
export type Group = 'present' | 'possible' | 'force';

/** A mark's opacity by emphasis: the one number per mark that tweens. */
export const OPACITY: Record<Emphasis, number> = { focus: 1, context: 0.55, muted: 0.25 };

export function groupOf(e: TroopEstimate): Group {
	if (e.force !== 'north-korea') return 'force';
	return e.status === 'unconfirmed' ? 'possible' : 'present';
}

/** The top of the scale in each state: the largest value the state puts on it, made round. */
export function domainFor(data: TroopsData, state: TroopsState): number {
	const within: Record<TroopsState, Group[]> = {
		estimates: ['present'],
		'up-to': ['present', 'possible'],
		force: ['present', 'possible', 'force']
	};
	const values = data.estimates
		.filter((e) => within[state].includes(groupOf(e)))
		.map((e) => e.value);
	return scaleLinear()
		.domain([0, Math.max(...values)])
		.nice(5)
		.domain()[1];
}

export function emphasisOf(group: Group, state: TroopsState): Emphasis {
	if (state === 'estimates') return group === 'present' ? 'focus' : 'muted';
	if (state === 'up-to')
		return group === 'possible' ? 'focus' : group === 'present' ? 'context' : 'muted';
	return group === 'possible' ? 'context' : 'focus';
}
