import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';
import { interpolate } from 'd3-interpolate';

/** How long a change of state animates. Under reduced motion nothing animates. */
export const STATE_DURATION = 500;

/**
 * A value that follows `target()` through one d3 interpolation between states (objects and
 * arrays of marks are interpolated field by field, strings switch at once), or jumps when
 * the reader prefers reduced motion. One tween per chart keeps thousands of marks cheap.
 * Call during component setup.
 */
export function followState<T>(target: () => T): { readonly current: T } {
	const tween = new Tween<T>(target(), {
		duration: STATE_DURATION,
		easing: cubicOut,
		interpolate: (a: T, b: T) =>
			interpolate(a as object, b as object) as unknown as (t: number) => T
	});
	$effect(() => {
		const next = target();
		tween.set(next, { duration: prefersReducedMotion.current ? 0 : STATE_DURATION });
	});
	return tween;
}
