// Words and axes fade out as a change of state begins and back in as its marks settle, so
// they never cross moving marks. Timings are fractions of the change's duration; under
// reduced motion nothing fades.
import { prefersReducedMotion } from 'svelte/motion';
import { STATE_DURATION } from '../motion.svelte';

/** When a fade starts and how long it takes, as fractions of STATE_DURATION. */
export interface FadeTiming {
	delay: number;
	duration: number;
	leave: number;
}

/** `arrival(() => f.arrive)` and `out:fade={f.leave}` parameters, read when the fade runs. */
export function fades(timing: FadeTiming) {
	const ms = (f: number) => (prefersReducedMotion.current ? 0 : STATE_DURATION * f);
	return {
		get arrive() {
			return { delay: ms(timing.delay), duration: ms(timing.duration) };
		},
		get leave() {
			return { duration: ms(timing.leave) };
		}
	};
}
