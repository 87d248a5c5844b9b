// A map's zoom as the browser animates it. The marks take the new part at once, and a
// transform carries them there from where the old part showed them: an animation of a
// transform alone, which the browser runs off the main thread, so no frame of it waits for
// the page's script or repaints the map.
import { prefersReducedMotion } from 'svelte/motion';
import { STATE_DURATION, STATE_EASING } from '../motion.svelte';

/** A part of a plot's layout, in its own units (a viewBox). */
export interface Part {
	x: number;
	y: number;
	width: number;
	height: number;
}

const pct = (v: number) => `${Number((v * 100).toFixed(4))}%`;

/**
 * The transform, from the top left, under which marks drawn for part `to` show as they
 * showed for part `from`: scaled by the parts' ratio, moved by the offset of their corners
 * (in percent of the marks' own box, so no width need be measured).
 */
export function transformFrom(from: Part, to: Part): string {
	const move = `translate(${pct((to.x - from.x) / from.width)}, ${pct((to.y - from.y) / from.height)})`;
	return `${move} scale(${Number((to.width / from.width).toFixed(6))}, ${Number((to.height / from.height).toFixed(6))})`;
}

const samePart = (a: Part, b: Part) =>
	a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

const flights = new WeakMap<Element, Animation>();

/**
 * Flies `marks` (already drawn for part `to`) from part `from`, or from wherever a flight
 * still on its way has carried them (its transform, then the step from `from` to `to`), so
 * quick steps never make the map jump. Under reduced motion, or where the part has not
 * moved, the marks are simply there.
 */
export function flyFrom(marks: SVGSVGElement, from: Part, to: Part): void {
	const flying = flights.get(marks);
	const now = flying?.playState === 'running' ? getComputedStyle(marks).transform : 'none';
	flying?.cancel();
	flights.delete(marks);
	if (samePart(from, to) || prefersReducedMotion.current || !marks.animate) return;
	const start = `${now === 'none' ? '' : `${now} `}${transformFrom(from, to)}`;
	const frames = [
		{ transform: start, transformOrigin: '0 0' },
		{ transform: 'none', transformOrigin: '0 0' }
	];
	flights.set(marks, marks.animate(frames, { duration: STATE_DURATION, easing: STATE_EASING }));
}
