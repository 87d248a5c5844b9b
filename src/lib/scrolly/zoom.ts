// The zoom search of a story section's fit (fit.ts), one try at a time: each try sets a zoom
// and lays the page out, so the fewer the better.

/**
 * What a try tells the search: whether the plot fits, and, when measured, the share of the
 * plot's height the band has room for at that zoom (over 1: room to grow).
 */
export type Try = boolean | { fits: boolean; room: number };
const fitsOf = (t: Try) => (typeof t === 'boolean' ? t : t.fits);

/**
 * The zoom search one try at a time: yields each zoom to try, is told how the plot fits at
 * it, and returns the largest zoom, from `from` down to `floor`, that fits: `from` itself
 * when it fits, else at most 8 more tries (to 0.01), rounded down to 0.001; `floor` when
 * nothing fits. A plot's height goes about with its zoom, so each try guesses the zoom the
 * room it measured allows (a hair under it: text laid out wider can wrap otherwise), and
 * bisects only when the guess leaves the bracket; most searches end in two or three tries,
 * each a layout of the page. One try at a time, so many sections can search side by side.
 */
export function* zoomSearch(from: number, floor: number): Generator<number, number, Try> {
	let t = yield from;
	if (fitsOf(t)) return from;
	let [lo, hi, z] = [floor, from, from];
	for (let i = 0; i < 8 && hi - lo > 0.01; i++) {
		const guess = typeof t === 'boolean' ? NaN : Math.floor(z * t.room * 995) / 1000;
		z = guess > lo && guess < hi ? guess : (lo + hi) / 2;
		t = yield z;
		if (fitsOf(t)) lo = z;
		else hi = z;
		// It fits with less room to spare than a step of growth: nothing larger would.
		if (typeof t !== 'boolean' && t.fits && z * (t.room - 1) < 0.01) break;
	}
	return Math.floor(lo * 1000) / 1000;
}

/** The largest zoom, from `from` down to `floor`, at which the plot fits (see zoomSearch). */
export function searchZoom(fits: (zoom: number) => Try, from: number, floor: number): number {
	const search = zoomSearch(from, floor);
	let step = search.next();
	while (!step.done) step = search.next(fits(step.value));
	return step.value;
}

/** Two zooms closer than this are the same to the reader: growing stops there. */
const STEP = 0.01;

/**
 * What the first try of a search, at the zoom the chart is laid out for now, tells: a zoom
 * to take at once, or undefined to search on (down when it did not fit). It fits: try the
 * midpoint up to the smallest zoom seen too big (1 if none), since a chart laid out again at
 * a smaller zoom (wider) may have left room. It does not: go back to the last zoom seen to
 * fit, below it. So the zoom bisects between zooms measured after their own layout, and
 * settles within STEP of the largest that fits; each try lowers the ceiling, so it ends.
 * Nor does it grow when the stage is `held`: as tall as the last search left it, which proved
 * nothing larger fits at that layout.
 */
export function afterFirstTry(
	w: { ceiling: number; good: number; held: number },
	from: number,
	fits: boolean,
	stage: number
) {
	if (fits) {
		w.good = from;
		const up = w.ceiling > 1 ? 1 : Math.floor(((from + w.ceiling) / 2) * 1000) / 1000;
		return w.ceiling - from > STEP && up > from && stage !== w.held ? up : undefined;
	}
	w.ceiling = Math.min(w.ceiling, from);
	const back = w.good < from ? w.good : 0;
	w.good = 0;
	return back || undefined;
}
