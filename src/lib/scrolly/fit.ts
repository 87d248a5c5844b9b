// How a story section fits its chart to the screen: the plot shrinks (CSS zoom) to fit the
// band its stage may fill (on phones held upright the top 56 % of the screen, elsewhere the
// screen), and the trigger line sits under the stage. Zoom lays the chart out wider, so it
// also gets fewer rows; its own width-band layouts and viewBoxes do the rest. A zoom is only
// known to fit once the chart has been laid out again at it, so the fit checks each zoom it
// set when the chart next resizes, and grows back towards the smallest zoom seen too big.

import { afterFirstTry, zoomSearch } from './zoom';
export { searchZoom, type Try } from './zoom';

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
	/** In this viewport: the smallest zoom seen too big, and the last seen to fit (0: none). */
	ceiling: number;
	good: number;
	/** The stage's height the last measure left, when it proved nothing larger fits (0: not). */
	held: number;
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
		// A new viewport starts from the chart's own size, knowing no zoom yet.
		const fresh = key !== w.size;
		if (fresh) [w.ceiling, w.good, w.held] = [Infinity, 0, 0];
		const from = fresh ? 1 : w.fit.zoom;
		w.size = key;
		const floor = w.floor();
		const search = zoomSearch(from, floor);
		const job = {
			w,
			stage,
			graphic,
			band,
			key,
			from,
			floor,
			first: true,
			share: 1,
			proof: Infinity
		};
		jobs.push({ ...job, search, step: search.next() });
	}
	let pending = jobs;
	while (pending.length) {
		for (const j of pending) j.w.sticky.style.setProperty('--plot-zoom', String(j.step.value));
		const sizes = pending.map((j) => ({
			plot: j.graphic.getBoundingClientRect().height,
			stage: j.stage.getBoundingClientRect().height,
			band: j.band
		}));
		const fits = sizes.map((s) => fitsBand(s.plot, s.stage, s.band));
		// The share of the plot's height the band has room for, at the zoom it is laid out for.
		const room = sizes.map((s) => (s.band - (s.stage - s.plot) + 1) / s.plot);
		pending.forEach((j, i) => {
			// A zoom seen too big, or one that fits with less room than a step of growth:
			// nothing larger than it fits as the plot is laid out now.
			const z = j.step.value;
			if (!fits[i] || z * (room[i] - 1) < 0.01) j.proof = Math.min(j.proof, z);
			if (j.first) j.share = room[i];
			const now = j.first ? afterFirstTry(j.w, j.from, fits[i], sizes[i].stage) : undefined;
			j.first = false;
			if (now === undefined) j.step = j.search.next({ fits: fits[i], room: room[i] });
			else if (now < j.from) j.step = { done: true, value: now };
			else {
				// Growing: the largest zoom from `from` (which fits) up to `now` at which the plot
				// fits as laid out now (the same search as down, guided by the room it measures),
				// so a chart that is not laid out anew by width never tries a zoom it must leave.
				j.search = zoomSearch(now, j.from);
				j.step = j.search.next();
			}
		});
		pending = pending.filter((j) => !j.step.done);
	}
	for (const j of jobs) {
		// No zoom fitted as the plot is laid out now: a plot that keeps its aspect ratio zooms
		// to the same height at any zoom, and only its layout at the new width can shrink it.
		// Guess the zoom its share of the band asks for; the next resize checks it.
		if (j.step.value === j.floor && j.from > j.floor) {
			j.step = { done: true, value: Math.max(j.floor, Math.floor(j.from * j.share * 1000) / 1000) };
			j.proof = Infinity;
		}
		j.w.sticky.style.setProperty('--plot-zoom', String(j.step.value));
	}
	for (const { w, stage, key, step, floor, band, proof } of jobs) {
		// Above the floor the plot is fitted, or about to be: a guess's stage, not yet laid
		// out again, must not push the trigger line down for the rest of the viewport.
		const measured = stage.getBoundingClientRect().height;
		// Proved within a step and a half (zooms round down to 0.001): the next measure keeps
		// it at this height in one try, as the fit's own zoom change calls it again.
		w.held = step.value > proof - 0.015 ? measured : 0;
		const tall = step.value > floor ? Math.min(measured, band + 1) : measured;
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
 * first frame after a state change is the final one). A zoom it sets is checked when the
 * chart has been laid out again at it (afterFirstTry): it grows back, by halves, only below
 * the smallest zoom seen too big in this viewport, so it cannot oscillate. One
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
	const w: Watch = {
		sticky,
		stage,
		band,
		floor,
		report,
		fit,
		size: '',
		seen: '',
		ceiling: 1,
		good: 0,
		held: 0
	};
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
