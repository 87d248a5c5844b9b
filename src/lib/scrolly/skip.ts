// A story section away from the screen costs nothing to draw. `content-visibility: auto` skips
// its style, paint and compositing, so a frame in which one chart moves renders the sections
// on screen, not the whole story: at 4× CPU a frame of the whole story took over 16 ms while
// a chart moved, and missed the screen's next refresh. A skipped section keeps the height it
// had when last drawn (`contain-intrinsic-size: auto`), first the height measured before it
// was ever skipped, so the page never changes length under the reader. A new width or small
// viewport height (sections and stages are sized in svh) re-flows every section: they are
// drawn in full again, and measured again when the page is idle. The address bar sliding in
// and out changes neither.

/** A quiet moment of the main thread (idle.ts's queue would split into a chunk of its own). */
const whenIdle = (task: () => void) =>
	'requestIdleCallback' in globalThis
		? requestIdleCallback(task, { timeout: 1000 })
		: setTimeout(task, 50);

const watched = new Set<HTMLElement>();
const pending = new Set<HTMLElement>();
let scheduled = false;
let size = '';
let probe: HTMLElement | undefined;

/** The viewport as the sections are laid out for it: its width and small height. */
function viewport() {
	if (!probe) {
		probe = document.createElement('div');
		probe.setAttribute('aria-hidden', 'true');
		probe.style.cssText = 'position:absolute;top:0;width:0;height:100svh;visibility:hidden';
		document.body.append(probe);
	}
	return `${innerWidth}x${probe.offsetHeight}`;
}

/** Measures every section due (all reads, then all writes: one layout), then lets it skip. */
function apply() {
	scheduled = false;
	const list = [...pending].filter((el) => watched.has(el));
	pending.clear();
	const heights = list.map((el) => {
		const s = getComputedStyle(el);
		// To the fraction of a pixel: rounded, each section would move the next by up to one.
		const box = el.getBoundingClientRect().height;
		return box - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
	});
	list.forEach((el, i) => {
		el.style.containIntrinsicSize = `auto ${heights[i]}px`;
		el.style.contentVisibility = 'auto';
	});
}

function queue(el: HTMLElement) {
	pending.add(el);
	if (scheduled) return;
	scheduled = true;
	whenIdle(apply);
}

function onResize() {
	const now = viewport();
	if (now === size) return;
	size = now;
	for (const el of watched) {
		el.style.contentVisibility = '';
		el.style.containIntrinsicSize = '';
		queue(el);
	}
}

/** Lets `el` skip its drawing while away from the screen. Returns the function that stops it. */
export function skipWhenAway(el: HTMLElement): () => void {
	if (watched.size === 0) {
		size = viewport();
		addEventListener('resize', onResize);
	}
	watched.add(el);
	queue(el);
	return () => {
		watched.delete(el);
		el.style.contentVisibility = '';
		el.style.containIntrinsicSize = '';
		if (watched.size > 0) return;
		removeEventListener('resize', onResize);
		probe?.remove();
		probe = undefined;
	};
}
