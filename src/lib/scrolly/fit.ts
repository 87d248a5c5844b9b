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
 * The zoom search one try at a time: yields each zoom to try, is told whether the plot fits
 * at it, and returns the largest zoom, from `from` down to `floor`, that fits: `from` itself
 * when it fits, else a bisection of at most 8 steps (to 0.01), rounded down to 0.001; `floor`
 * when nothing fits. One try at a time, so many sections can search side by side.
 */
function* zoomSearch(from: number, floor: number): Generator<number, number, boolean> {
	if (yield from) return from;
	let [lo, hi] = [floor, from];
	for (let i = 0; i < 8 && hi - lo > 0.01; i++) {
		const mid = (lo + hi) / 2;
		if (yield mid) lo = mid;
		else hi = mid;
	}
	return Math.floor(lo * 1000) / 1000;
}

/** The largest zoom, from `from` down to `floor`, at which `fits` holds (see zoomSearch). */
export function searchZoom(fits: (zoom: number) => boolean, from: number, floor: number): number {
	const search = zoomSearch(from, floor);
	let step = search.next();
	while (!step.done) step = search.next(fits(step.value));
	return step.value;
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

/** A section's plot kept fitted to its band. */
interface Watch {
	sticky: HTMLElement;
	/** The stage as first found, which the observer watches beside the band. */
	stage: Element | null;
	band: HTMLElement;
	floor: () => number;
	report: (fit: Fit) => void;
	fit: Fit;
	/** The viewport the zoom was found for, and the one the stage's height was. */
	size: string;
	seen: string;
}
const watches = new Set<Watch>();
let observer: ResizeObserver | undefined;

/**
 * Fits every section given at once. Each try sets a zoom and measures, which costs a layout
 * of the whole page; so each round sets every section's next zoom first, then measures them
 * all: one layout a round for all sections, not one a try for each.
 */
function measure(list: Watch[]) {
	const jobs = [];
	for (const w of list) {
		const stage = w.sticky.querySelector<HTMLElement>('.stage');
		const graphic = stage?.querySelector<HTMLElement>('.graphic');
		if (!stage || !graphic) continue;
		const band = w.band.offsetHeight;
		const key = `${innerWidth}x${band}`;
		// A new viewport starts from the chart's own size.
		const from = key === w.size ? w.fit.zoom : 1;
		w.size = key;
		const search = zoomSearch(from, w.floor());
		jobs.push({ w, stage, graphic, band, key, search, step: search.next() });
	}
	let pending = jobs;
	while (pending.length) {
		for (const j of pending) j.w.sticky.style.setProperty('--plot-zoom', String(j.step.value));
		const fits = pending.map((j) =>
			fitsBand(
				j.graphic.getBoundingClientRect().height,
				j.stage.getBoundingClientRect().height,
				j.band
			)
		);
		pending.forEach((j, i) => (j.step = j.search.next(fits[i])));
		pending = pending.filter((j) => !j.step.done);
	}
	for (const j of jobs) j.w.sticky.style.setProperty('--plot-zoom', String(j.step.value));
	for (const { w, stage, key, step } of jobs) {
		const tall = stage.getBoundingClientRect().height;
		const stageHeight = stageHeightFor(tall, key, { key: w.seen, height: w.fit.stageHeight });
		w.fit = { zoom: step.value as number, stageHeight };
		w.seen = key;
		w.report(w.fit);
	}
}

/**
 * Keeps the plot inside `sticky` zoomed to fit `band`, measuring whenever the stage or the
 * band resizes, and reports each fit. The search runs inside the observer's callback, before
 * the frame is painted: the reader never sees a zoom on its way (under reduced motion, the
 * first frame after a state change is the final one). Within one viewport the zoom only
 * shrinks, so a plot laid out anew at its wider zoomed width cannot make it oscillate. One
 * observer watches every section, so those that resize together are fitted together.
 * Returns the function that stops it.
 */
export function watchFit(
	sticky: HTMLElement,
	band: HTMLElement,
	floor: () => number,
	report: (fit: Fit) => void
): () => void {
	const stage = sticky.querySelector('.stage');
	const fit = { zoom: 1, stageHeight: 0 };
	const w: Watch = { sticky, stage, band, floor, report, fit, size: '', seen: '' };
	watches.add(w);
	observer ??= new ResizeObserver((entries) => {
		const moved = new Set(entries.map((e) => e.target));
		const resized = (w: Watch) => moved.has(w.band) || (w.stage !== null && moved.has(w.stage));
		measure([...watches].filter(resized));
	});
	if (stage) observer.observe(stage);
	observer.observe(band);
	return () => {
		watches.delete(w);
		if (stage) observer?.unobserve(stage);
		observer?.unobserve(band);
	};
}
