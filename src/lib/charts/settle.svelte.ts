// A plot's height between two states: never shorter than its marks on the way. It grows at
// once, before marks move into it; it shrinks once they have left, in one step, and the words
// under it slide up to their new place by a transform, which the compositor runs. (A CSS
// transition of the height laid the page out, and LayerCake redrew the plot for its new size,
// every frame for SETTLE_DURATION: up to six frames over 33 ms per change at 4× CPU.)
import { flushSync, untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { STATE_DURATION, STATE_EASING } from './motion.svelte';

/** How long the words under a plot take to slide up, once the marks that left it have gone. */
export const SETTLE_DURATION = STATE_DURATION * 0.6;

/** A box's CSS height while marks move between two states: the taller of the two. */
export const heldHeight = (from: string, to: string) => (from === to ? to : `max(${from}, ${to})`);

/**
 * Slides `nodes` from where they were (`tops`, their viewport tops before the plot shrank) to
 * where they are now: a transform animation each, which lays nothing out as it runs.
 */
function slideFrom(nodes: HTMLElement[], tops: number[]) {
	nodes.forEach((node, i) => {
		const by = tops[i] - node.getBoundingClientRect().top;
		if (Math.abs(by) < 0.5) return;
		node.animate([{ transform: `translateY(${by}px)` }, { transform: 'none' }], {
			duration: SETTLE_DURATION,
			easing: STATE_EASING
		});
	});
}

/**
 * A plot's height while its marks move between states (`target()`): the `taller` of the old
 * and new heights at once, before marks move into it, then the new one once they have moved,
 * the nodes attached by `slide` sliding to their new places. Under reduced motion it takes
 * each height at once and nothing slides.
 */
function holdHeight<T>(target: () => T, taller: (from: T, to: T) => T) {
	let current = $state(untrack(target));
	let last = untrack(target);
	const below = new Set<HTMLElement>();
	let timer: ReturnType<typeof setTimeout> | undefined;
	$effect(() => {
		const next = target();
		if (next === last) return;
		last = next;
		clearTimeout(timer);
		if (untrack(() => prefersReducedMotion.current)) {
			current = next;
			return;
		}
		current = taller(
			untrack(() => current),
			next
		);
		timer = setTimeout(() => {
			const nodes = [...below];
			// Read before the height changes (the layout is most often clean here: no cost).
			const tops = nodes.map((n) => n.getBoundingClientRect().top);
			// The new height written and the slide begun in one step: no frame between them
			// can show the words at their new place before they slide.
			flushSync(() => (current = next));
			slideFrom(nodes, tops);
		}, STATE_DURATION);
	});
	$effect(() => () => clearTimeout(timer));
	return {
		get current() {
			return current;
		},
		/** Attach to what sits under the plot: it slides, not jumps, as the plot shrinks. */
		slide: (node: HTMLElement) => {
			below.add(node);
			return () => void below.delete(node);
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
 * it: `current` for the plot's style, `slide` to attach to what sits under it. Call during
 * component setup.
 */
export const followHeight = (
	target: () => string
): { readonly current: string; slide: (node: HTMLElement) => () => void } =>
	holdHeight(target, heldHeight);
