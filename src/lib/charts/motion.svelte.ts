import { getContext, setContext, untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { arrived } from './arrive.svelte';

/** How long a change of state animates. Under reduced motion nothing animates. */
export const STATE_DURATION = 500;

const isPlain = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const numbers = (s: string) => s.match(/-?[\d.]+(?:e-?\d+)?/g) ?? [];

/**
 * Whether any number changes from `a` to `b`: numbers, numbers inside strings (an SVG path),
 * arrays by index and objects by key, the way d3-interpolate would carry them. Words,
 * classes and colours switch at once: a new emphasis alone moves nothing.
 */
export function moves(a: unknown, b: unknown): boolean {
	if (a === b) return false;
	if (typeof a === 'number' && typeof b === 'number') return true;
	if (typeof a === 'string' && typeof b === 'string') {
		const [x, y] = [numbers(a), numbers(b)];
		return x.length > 0 && y.length > 0 && x.join() !== y.join();
	}
	if (Array.isArray(a) && Array.isArray(b)) return b.some((v, i) => i < a.length && moves(a[i], v));
	if (isPlain(a) && isPlain(b)) return Object.entries(b).some(([k, v]) => k in a && moves(a[k], v));
	return false;
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

/** `cubicOut` as CSS gives it, for the motion the browser runs itself. */
export const STATE_EASING = 'cubic-bezier(0.33, 1, 0.68, 1)';

/**
 * Motion the browser runs (a CSS transition, or an animation of a transform), which costs the
 * main thread nothing per frame: when a number in `marks()` changes (`moves`: a new colour or
 * word moves nothing), tells the frame that marks move for STATE_DURATION, so labels wait.
 * Under reduced motion nothing moves. Call during component setup.
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
		const moved = moves(last, next);
		last = next;
		if (!moved) return;
		stop();
		if (untrack(() => prefersReducedMotion.current)) return;
		end = motion?.begin();
		timer = setTimeout(stop, STATE_DURATION);
	});
	$effect(() => stop);
}

/**
 * Svelte's `fade` without its read of computed opacity (a style and layout of the page per
 * word): words and axes are opaque at rest, or on their way in (arrive.svelte.ts says how far).
 */
export function fade(node: Element, { delay = 0, duration = 400 } = {}) {
	const from = arrived(node);
	return { delay, duration, css: (t: number) => `opacity: ${t * from}` };
}

/** How long a plot sized to its marks takes to shrink, once the marks that left it have gone. */
export const SETTLE_DURATION = STATE_DURATION * 0.6;

/** A box's CSS height while marks move between two states: the taller of the two. */
export const heldHeight = (from: string, to: string) => (from === to ? to : `max(${from}, ${to})`);

/**
 * A plot's height while its marks move between states (`target()`), changed so that nothing
 * is covered or spills on the way: the `taller` of the old and new heights at once, before
 * marks move into it, then the new one once they have moved, `settling` for SETTLE_DURATION
 * after. Under reduced motion it takes each height at once.
 */
function holdHeight<T>(target: () => T, taller: (from: T, to: T) => T) {
	let current = $state(untrack(target));
	let settling = $state(false);
	let last = untrack(target);
	const timers: ReturnType<typeof setTimeout>[] = [];
	const clear = () => timers.splice(0).forEach(clearTimeout);
	$effect(() => {
		const next = target();
		if (next === last) return;
		last = next;
		clear();
		settling = false;
		if (untrack(() => prefersReducedMotion.current)) {
			current = next;
			return;
		}
		current = taller(
			untrack(() => current),
			next
		);
		timers.push(
			setTimeout(() => {
				[current, settling] = [next, true];
				timers.push(setTimeout(() => (settling = false), SETTLE_DURATION));
			}, STATE_DURATION)
		);
	});
	$effect(() => clear);
	return {
		get current() {
			return current;
		},
		get settling() {
			return settling;
		}
	};
}

/**
 * A number (a viewBox's height) that holds the taller of two states' heights while marks
 * move (holdHeight). Call during component setup.
 */
export const holdTaller = (target: () => number): { readonly current: number } =>
	holdHeight(target, Math.max);

/**
 * The CSS height of a plot sized to its state's marks (`target()`), held as holdHeight holds
 * it; once the marks have left, a shorter box shrinks by the CSS `transition` given while
 * `settling`. Call during component setup.
 */
export function followHeight(target: () => string): {
	readonly height: string;
	readonly settling: boolean;
	readonly transition: string | null;
} {
	const held = holdHeight(target, heldHeight);
	return {
		get height() {
			return held.current;
		},
		get settling() {
			return held.settling;
		},
		get transition() {
			return held.settling ? `height ${SETTLE_DURATION}ms` : null;
		}
	};
}
