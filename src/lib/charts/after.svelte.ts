// Labels a task behind their marks. Apart from motion.svelte.ts, which the page's first
// script loads: only charts use this, and their code loads as the reader nears them.
import { untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';

/**
 * What the labels of a state are drawn from: `target()`, a task after it changes. The frame
 * hides labels while marks move (and most changes move marks), so building the new state's
 * words can wait for a task of their own: reach's names, built in the step's own task, made
 * it 30–60 ms at 4× CPU. Under reduced motion, where nothing hides them, at once. Call during
 * component setup.
 */
export function afterMarks<T>(target: () => T): { readonly current: T } {
	let current = $state.raw(untrack(target));
	let timer: ReturnType<typeof setTimeout> | undefined;
	$effect(() => {
		const next = target();
		clearTimeout(timer);
		if (untrack(() => prefersReducedMotion.current)) current = next;
		else timer = setTimeout(() => (current = next));
	});
	$effect(() => () => clearTimeout(timer));
	return {
		get current() {
			return current;
		}
	};
}
