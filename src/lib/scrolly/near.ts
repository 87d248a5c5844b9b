/**
 * Calls `onNear` once the reader has started scrolling and `el` is within a screen of the
 * viewport: a chart's code and data load then, not with the page. Returns the function that
 * stops watching.
 */
export function watchNear(el: Element, onNear: () => void): () => void {
	let observer: IntersectionObserver | undefined;
	const watch = () => {
		observer = new IntersectionObserver(
			([entry]) => {
				if (!entry.isIntersecting) return;
				onNear();
				observer?.disconnect();
			},
			{ rootMargin: '100% 0px' }
		);
		observer.observe(el);
	};
	addEventListener('scroll', watch, { once: true, passive: true });
	return () => {
		removeEventListener('scroll', watch);
		observer?.disconnect();
	};
}
