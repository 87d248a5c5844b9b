// Words and axes that come with a state fade in once its marks have moved: one animation of
// opacity per element, its delay included, which the compositor runs. Svelte's `in:` transition
// waits out a delay with a placeholder animation of unchanging keyframes, which Chromium does
// not hand to the compositor ("no visible change") and so services on the page's main thread
// every frame, then makes its keyframes in script: through a change of state, every frame of
// the chart waited for the page.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** When a fade starts after its element is added, and how long it takes, in ms. */
export interface Arrival {
	delay?: number;
	duration?: number;
}

const arrivals = new WeakMap<Element, Animation>();

/**
 * How far an element's arrival has got, 0 (waiting out its delay) to 1 (arrived, or none): a
 * fade out starts from there, never from a word not yet shown. Reads no style.
 */
export function arrived(el: Element): number {
	const a = arrivals.get(el);
	return a?.playState === 'running' ? (a.effect?.getComputedTiming().progress ?? 1) : 1;
}

/**
 * An attachment (`{@attach}`) that fades its element in, `timing()` as it is when the element
 * is added. What the chart is first drawn with (hydrated, or mounted) shows at once, and so does
 * everything when the duration is 0 (reduced motion). Call during component setup.
 */
export function arrival(timing: () => Arrival): Attachment {
	let ready = false;
	// Right after the first flush: a newer state drawn a task later (a step taken before the
	// chart hydrated) brings its words in after its marks, like any change.
	$effect(() => queueMicrotask(() => (ready = true)));
	return (el) => {
		const { delay = 0, duration = 400 } = untrack(timing);
		if (ready && duration > 0)
			arrivals.set(
				el,
				el.animate([{ opacity: 0 }, { opacity: 1 }], { delay, duration, fill: 'backwards' })
			);
	};
}
