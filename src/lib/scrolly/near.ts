/**
 * Calls `onNear` once the reader has started scrolling (or the page is already scrolled) and
 * `el` is within a screen of the viewport: a chart's code and data load then, not with the
 * page. `onScroll` runs at that first scroll. Returns the function that stops watching.
 */
export function watchNear(el: Element, onNear: () => void, onScroll?: () => void): () => void {
	let observer: IntersectionObserver | undefined;
	const watch = () => {
		onScroll?.();
		observer = new IntersectionObserver(
			(entries) => {
				// One callback can carry several entries (oldest first): near at any of them counts.
				if (!entries.some((e) => e.isIntersecting)) return;
				onNear();
				observer?.disconnect();
			},
			{ rootMargin: '100% 0px' }
		);
		observer.observe(el);
	};
	// A reader who scrolled before the page's script started (a slow phone) may not scroll
	// again for a while: the page already moved, so watch at once.
	if (scrollY) watch();
	else addEventListener('scroll', watch, { once: true });
	return () => {
		removeEventListener('scroll', watch);
		observer?.disconnect();
	};
}

/** Whether `el` is within a screen of the viewport (as `watchInView` sees it), now. */
export function isNear(el: Element): boolean {
	const r = el.getBoundingClientRect();
	return r.bottom >= -innerHeight && r.top <= 2 * innerHeight;
}

/** Calls `onChange` with whether `el` is within a screen of the viewport, now and at each change. */
export function watchInView(el: Element, onChange: (near: boolean) => void): () => void {
	// Under load one callback can carry several entries, oldest first: the newest is now. (The
	// oldest alone once held a section "away" for good after a jump, its chart on an old step.)
	const observer = new IntersectionObserver(
		(entries) => onChange(entries[entries.length - 1].isIntersecting),
		{ rootMargin: '100% 0px' }
	);
	observer.observe(el);
	return () => observer.disconnect();
}
