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

/** Whether two parts (or boxes) are the same. */
export const samePart = (a: Part, b: Part) =>
	a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The part marks drawn for `to` show a fraction `p` (eased) of the way through a flight from
 * `from`: the flight's transform then is each of transformFrom's translate and scale a linear
 * step of the way to none, which is transformFrom(partAt(…), to).
 */
export function partAt(from: Part, to: Part, p: number): Part {
	const rest = 1 - p;
	const width = to.width / (1 + (to.width / from.width - 1) * rest);
	const height = to.height / (1 + (to.height / from.height - 1) * rest);
	const tx = ((to.x - from.x) / from.width) * rest;
	const ty = ((to.y - from.y) / from.height) * rest;
	return { x: to.x - tx * width, y: to.y - ty * height, width, height };
}

interface Flight {
	from: Part;
	to: Part;
	animation: Animation;
}
const flights = new WeakMap<Element, Flight>();

/**
 * Flies `marks` (already drawn for part `to`) from part `from`, or from the part a flight
 * still on its way shows, so quick steps never make the map jump. Under reduced motion, or
 * where the part has not moved, the marks are simply there. Where a flight has got is worked
 * out from its progress, not read from the style: a step's flush reads no style.
 */
export function flyFrom(marks: SVGSVGElement, from: Part, to: Part): void {
	const flight = flights.get(marks);
	const p =
		flight?.animation.playState === 'running' && samePart(flight.to, from)
			? flight.animation.effect?.getComputedTiming().progress
			: null;
	const shown = p == null ? from : partAt(flight!.from, flight!.to, p);
	flight?.animation.cancel();
	flights.delete(marks);
	if (samePart(shown, to) || prefersReducedMotion.current || !marks.animate) return;
	const frames = [
		{ transform: transformFrom(shown, to), transformOrigin: '0 0' },
		{ transform: 'none', transformOrigin: '0 0' }
	];
	const animation = marks.animate(frames, { duration: STATE_DURATION, easing: STATE_EASING });
	flights.set(marks, { from: shown, to, animation });
}
