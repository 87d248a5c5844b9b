import { getContext, setContext, untrack } from 'svelte';
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';
import { interpolateString } from 'd3-interpolate';
import { arrived } from './arrive.svelte';

/** How long a change of state animates. Under reduced motion nothing animates. */
export const STATE_DURATION = 500;

/** A frame of a tween: the value at t in [0, 1]; `moves` says whether any number changes. */
interface Lerp<T> {
	at: (t: number) => T;
	moves: boolean;
}
const still = <T>(b: T): Lerp<T> => ({ at: () => b, moves: false });
const isPlain = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Interpolates two views field by field, the way d3-interpolate does (numbers, numbers
 * inside strings such as SVG paths, arrays by index, objects by key; anything else switches
 * at once), but builds new objects only on the paths where a number changes: every mark
 * that does not move keeps its identity, so Svelte redraws only the marks that move.
 * At t = 1 it returns `b` itself.
 */
export function lerp<T>(a: T, b: T): Lerp<T> {
	if (a === b) return still(b);
	if (typeof a === 'number' && typeof b === 'number')
		return { at: (t) => (a + (b - a) * t) as T, moves: true };
	if (typeof a === 'string' && typeof b === 'string' && /\d/.test(a) && /\d/.test(b)) {
		const f = interpolateString(a, b);
		return { at: (t) => f(t) as T, moves: true };
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		const parts = b.map((v, i) => (i < a.length ? lerp(a[i], v) : still(v)));
		if (!parts.some((p) => p.moves)) return still(b);
		return { at: (t) => parts.map((p) => p.at(t)) as T, moves: true };
	}
	if (isPlain(a) && isPlain(b)) {
		const parts = Object.entries(b).map(
			([k, v]) => [k, k in a ? lerp(a[k], v) : still(v)] as const
		);
		const moving = parts.filter(([, p]) => p.moves);
		if (moving.length === 0) return still(b);
		return {
			at: (t) => {
				const o: Record<string, unknown> = { ...b };
				for (const [k, p] of moving) o[k] = p.at(t);
				return o as T;
			},
			moves: true
		};
	}
	return still(b);
}

const MOTION = Symbol('motion');

/** What a chart's frame knows of its marks' motion: true while any of them moves. */
export class Motion {
	moving = $state(false);
	#count = 0;
	/** Marks one movement; returns the function that ends it. */
	begin(): () => void {
		this.#count++;
		this.moving = true;
		let done = false;
		return () => {
			if (done) return;
			done = true;
			if (--this.#count === 0) this.moving = false;
		};
	}
}

/** Called by a chart's frame: its marks report their motion to it. */
export function provideMotion(): Motion {
	return setContext(MOTION, new Motion());
}

/**
 * A value that follows `target()` between states (see `lerp`), or jumps when the reader
 * prefers reduced motion: the first frame after a change is then the final one. While
 * marks move, the frame is told, so it can hold back labels until the marks arrive.
 * Call during component setup.
 */
export function followState<T>(target: () => T): { readonly current: T } {
	const motion = getContext<Motion | undefined>(MOTION);
	const tween = new Tween<T>(target(), {
		duration: STATE_DURATION,
		easing: cubicOut,
		interpolate: (a: T, b: T) => lerp(a, b).at
	});
	let end: (() => void) | undefined;
	$effect(() => {
		const next = target();
		const duration = prefersReducedMotion.current ? 0 : STATE_DURATION;
		const moves =
			duration > 0 &&
			lerp(
				untrack(() => tween.current),
				next
			).moves;
		end?.();
		end = moves ? motion?.begin() : undefined;
		const finish = end;
		tween.set(next, { duration: moves ? duration : 0 }).then(() => finish?.());
	});
	$effect(() => () => end?.());
	return tween;
}

/** `cubicOut` as CSS gives it, for the motion the browser runs itself. */
export const STATE_EASING = 'cubic-bezier(0.33, 1, 0.68, 1)';

/**
 * Motion the browser runs (a CSS transition, or an animation of a transform), which costs the
 * main thread nothing per frame: when a number in `marks()` changes (as `lerp` sees it: a new
 * colour or word moves nothing), tells the frame that marks move for STATE_DURATION, so
 * labels wait as they do for followState. Under reduced motion nothing moves. Call during
 * component setup.
 */
export function moveWith(marks: () => unknown): void {
	const motion = getContext<Motion | undefined>(MOTION);
	let last = untrack(marks);
	let end: (() => void) | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const stop = () => {
		clearTimeout(timer);
		end?.();
	};
	$effect(() => {
		const next = marks();
		const moves = lerp(last, next).moves;
		last = next;
		if (!moves) return;
		stop();
		if (untrack(() => prefersReducedMotion.current)) return;
		end = motion?.begin();
		timer = setTimeout(stop, STATE_DURATION);
	});
	$effect(() => stop);
}

/**
 * Whether CSS can move a path's outline (`d` as a property: Chromium, Firefox): marks drawn as
 * paths then move by CSS transitions, and a tween carries them only where it cannot (Safari).
 */
export const cssMovesPaths = () =>
	typeof CSS !== 'undefined' && CSS.supports?.('d', 'path("M0 0")') === true;

/**
 * Marks drawn as paths follow `target()` (their numbers): CSS moves them where it can move a
 * path, and the frame is told that marks move (moveWith); where it cannot (Safari), a tween
 * carries them (followState), returned to be drawn. Call during component setup.
 */
export function followPaths<T>(target: () => T): { readonly current: T } | undefined {
	if (!import.meta.env.SSR && !cssMovesPaths()) return followState(target);
	moveWith(target);
}

/**
 * Svelte's `fade` without its read of computed opacity (a style and layout of the page per
 * word): words and axes are opaque at rest, or on their way in (arrive.svelte.ts says how far).
 */
export function fade(node: Element, { delay = 0, duration = 400 } = {}) {
	const from = arrived(node);
	return { delay, duration, css: (t: number) => `opacity: ${t * from}` };
}
