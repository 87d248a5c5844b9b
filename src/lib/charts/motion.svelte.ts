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
		// d3's object interpolators update one object in place; Svelte re-renders on a new
		// value, so each frame hands over a copy.
		interpolate: (a: T, b: T) => {
			const f = interpolate(a as object, b as object) as unknown as (t: number) => T;
			return (t: number) => structuredClone(f(t));
		}
	});
	$effect(() => {
		const next = target();
		tween.set(next, { duration: prefersReducedMotion.current ? 0 : STATE_DURATION });
	});
	return tween;
}
