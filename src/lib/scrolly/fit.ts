// How a story section fits its chart to the screen: the plot shrinks (CSS zoom) to fit the
// band its stage may fill (on phones held upright the top 56 % of the screen, elsewhere the
// screen), and the trigger line sits under the stage. Zoom lays the chart out wider, so it
// also gets fewer rows; its own width-band layouts and viewBoxes do the rest.

/** Phones held upright stack the chart over the cards; anything wider sets them side by side. */
export const STACKED = '(max-width: 767px) and (orientation: portrait)';

/**
 * On phones the zoom never goes below this: past it the text is too small to read, and a
 * plot laid out anew for its wider zoomed width could ratchet the zoom down.
 */
export const MIN_ZOOM = 0.55;

/** Side by side, the plot must fit the screen (the stage has no line below it): down to this. */
export const SIDE_MIN_ZOOM = 0.25;

/** The smallest zoom a layout allows. */
export const zoomFloor = (stacked: boolean) => (stacked ? MIN_ZOOM : SIDE_MIN_ZOOM);

/**
 * Whether a plot of height `plot` inside a stage of height `stage` (the plot and its title)
 * fits a band of height `band`, to a pixel.
 */
export const fitsBand = (plot: number, stage: number, band: number) =>
	plot <= band - (stage - plot) + 1;

/**
 * The largest zoom, from `from` down to `floor`, at which `fits` holds: `from` itself when it
 * fits, else a bisection of at most 8 steps (to 0.01), rounded down to 0.001. At `floor` when
 * nothing fits.
 */
export function searchZoom(fits: (zoom: number) => boolean, from: number, floor: number): number {
	if (fits(from)) return from;
	let [lo, hi] = [floor, from];
	for (let i = 0; i < 8 && hi - lo > 0.01; i++) {
		const mid = (lo + hi) / 2;
		if (fits(mid)) lo = mid;
		else hi = mid;
	}
	return Math.floor(lo * 1000) / 1000;
}

/**
 * The stage's height for the trigger line: within one viewport (`key`) it only grows, so a
 * state that shrinks the chart cannot lift the line above the step that caused it.
 */
export const stageHeightFor = (tall: number, key: string, seen: { key: string; height: number }) =>
	key === seen.key ? Math.max(seen.height, tall) : tall;

/**
 * Where the trigger line sits on phones held upright, in px from the top, given the small
 * viewport height: just under the stage (the band, unless a plot overflows it at MIN_ZOOM),
 * so a card becomes active as it arrives below the marks, not on top of them. Side by side
 * it is mid-screen.
 */
export const stackedLine = (svh: number, stageHeight: number) =>
	Math.max(0.56 * svh, stageHeight) + 16;

/** What fitting found: the plot's zoom, and the stage's height for the trigger line. */
export interface Fit {
	zoom: number;
	stageHeight: number;
}

/**
 * Keeps the plot inside `sticky` zoomed to fit `band`, measuring whenever the stage or the
 * band resizes, and reports each fit. The search runs inside the observer's callback, before
 * the frame is painted: the reader never sees a zoom on its way (under reduced motion, the
 * first frame after a state change is the final one). Within one viewport the zoom only
 * shrinks, so a plot laid out anew at its wider zoomed width cannot make it oscillate.
 * Returns the function that stops it.
 */
export function watchFit(
	sticky: HTMLElement,
	band: HTMLElement,
	floor: () => number,
	report: (fit: Fit) => void
): () => void {
	let fit: Fit = { zoom: 1, stageHeight: 0 };
	let size = '';
	let seen = '';
	const measure = () => {
		const stage = sticky.querySelector<HTMLElement>('.stage');
		const g = stage?.querySelector<HTMLElement>('.graphic');
		if (!stage || !g) return;
		const fits = (z: number) => {
			sticky.style.setProperty('--plot-zoom', String(z));
			const h = g.getBoundingClientRect().height;
			return fitsBand(h, stage.getBoundingClientRect().height, band.offsetHeight);
		};
		const key = `${innerWidth}x${band.offsetHeight}`;
		// A new viewport starts from the chart's own size.
		const from = key === size ? fit.zoom : 1;
		size = key;
		const zoom = searchZoom(fits, from, floor());
		sticky.style.setProperty('--plot-zoom', String(zoom));
		const tall = stage.getBoundingClientRect().height;
		fit = { zoom, stageHeight: stageHeightFor(tall, key, { key: seen, height: fit.stageHeight }) };
		seen = key;
		report(fit);
	};
	const observer = new ResizeObserver(measure);
	const stage = sticky.querySelector('.stage');
	if (stage) observer.observe(stage);
	observer.observe(band);
	return () => observer.disconnect();
}
