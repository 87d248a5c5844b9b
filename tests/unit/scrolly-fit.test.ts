// How a story section fits its chart to the screen (lib/scrolly/fit.ts): the zoom search,
// the stage's height for the trigger line, and the watcher that ties them to the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	MIN_ZOOM,
	SIDE_MIN_ZOOM,
	fitsBand,
	searchZoom,
	stackedLine,
	stageHeightFor,
	watchFit,
	zoomFloor,
	type Fit
} from '../../src/lib/scrolly/fit';

describe('the zoom search', () => {
	it('keeps the zoom it starts from when the plot fits', () => {
		const tried: number[] = [];
		expect(searchZoom((z) => (tried.push(z), true), 0.8, MIN_ZOOM)).toBe(0.8);
		expect(tried).toEqual([0.8]);
	});
	it('finds the largest zoom that fits, to 0.01 and rounded down', () => {
		const z = searchZoom((z) => z <= 0.7234, 1, SIDE_MIN_ZOOM);
		expect(z).toBeLessThanOrEqual(0.7234);
		expect(z).toBeGreaterThan(0.7234 - 0.01);
		expect(z * 1000).toBe(Math.floor(z * 1000));
	});
	it('guesses from the room it measured: a plot that scales with its zoom takes three tries', () => {
		// A 900px plot under a 50px title in a 600px band, a little taller where text wraps.
		const plot = (z: number) => 900 * z + 12 * (1 - z);
		const tried: number[] = [];
		const z = searchZoom(
			(z) => (tried.push(z), { fits: fitsBand(plot(z), 50 + plot(z), 600), room: 551 / plot(z) }),
			1,
			SIDE_MIN_ZOOM
		);
		expect(fitsBand(plot(z), 50 + plot(z), 600)).toBe(true);
		expect(fitsBand(plot(z + 0.01), 50 + plot(z + 0.01), 600)).toBe(false);
		expect(tried.length).toBeLessThanOrEqual(3);
		// Told only whether it fits, the same search bisects: 9 tries.
		const halving: number[] = [];
		searchZoom((z) => (halving.push(z), fitsBand(plot(z), 50 + plot(z), 600)), 1, SIDE_MIN_ZOOM);
		expect(halving.length).toBeGreaterThan(6);
	});
	it('stops at the floor when nothing fits, and tries at most 8 zooms after the first', () => {
		const tried: number[] = [];
		expect(searchZoom((z) => (tried.push(z), false), 1, MIN_ZOOM)).toBe(MIN_ZOOM);
		expect(tried.length).toBeLessThanOrEqual(9);
	});
	it('phones upright never go below MIN_ZOOM; side by side the plot must fit', () => {
		expect(zoomFloor(true)).toBe(0.55);
		expect(zoomFloor(false)).toBe(0.25);
	});
});

describe('fitting a band', () => {
	it('counts the stage around the plot, with a pixel to spare', () => {
		// A 300px plot under a 100px title fits a 400px band, and 401px too; not 399px.
		expect(fitsBand(300, 400, 400)).toBe(true);
		expect(fitsBand(301, 401, 400)).toBe(true);
		expect(fitsBand(302, 402, 400)).toBe(false);
	});
	it("the stage's height only grows within a viewport; a new one starts afresh", () => {
		expect(stageHeightFor(300, '375x374', { key: '375x374', height: 350 })).toBe(350);
		expect(stageHeightFor(400, '375x374', { key: '375x374', height: 350 })).toBe(400);
		expect(stageHeightFor(300, '667x210', { key: '375x374', height: 350 })).toBe(300);
	});
	it('on phones the trigger line sits under the band or the stage, whichever is lower', () => {
		expect(stackedLine(667, 0)).toBeCloseTo(0.56 * 667 + 16);
		expect(stackedLine(667, 500)).toBe(516);
	});
});

/** A sticky chart whose plot is `plot` px tall at zoom 1, under a title, in a band. */
function page(plot: number, title: number, band: { offsetHeight: number }) {
	let zoom = 1;
	const box = (h: () => number) => ({ getBoundingClientRect: () => ({ height: h() }) });
	const graphic = box(() => plot * zoom);
	const stage = { ...box(() => title + plot * zoom), querySelector: () => graphic };
	const sticky = {
		style: { setProperty: (_: string, v: string) => ((zoom = Number(v)), tries++) },
		querySelector: () => stage
	};
	let tries = 0;
	return {
		sticky: sticky as unknown as HTMLElement,
		band: band as HTMLElement,
		zoom: () => zoom,
		/** The zooms set since last asked (each try, and the final one). */
		tries: () => [tries, (tries = 0)][0],
		/** A state of another height: the plot is `next` px tall at zoom 1. */
		resize: (next: number) => (plot = next)
	};
}

/** A `page` watched by the fit, with `floor`: the fits it reports, in order. */
function watched(plot: number, title: number, band: { offsetHeight: number }, floor: number) {
	const p = page(plot, title, band);
	const fits: Fit[] = [];
	watchFit(
		p.sticky,
		p.band,
		() => floor,
		(f) => fits.push(f)
	);
	return { ...p, fits };
}

describe('watching the fit', () => {
	let measure: () => void = () => {};
	vi.stubGlobal(
		'ResizeObserver',
		class {
			// One observer watches every section: each measure tells it all its targets resized.
			constructor(callback: (entries: { target: object }[]) => void) {
				const targets: object[] = [];
				measure = () => callback(targets.map((target) => ({ target })));
				this.observe = (target: object) => targets.push(target);
			}
			observe: (target: object) => void;
			unobserve() {}
			disconnect() {}
		}
	);
	vi.stubGlobal('innerWidth', 375);
	afterEach(() => vi.stubGlobal('innerWidth', 375));

	it('zooms a plot that overflows its band until it fits, and reports the stage', () => {
		const band = { offsetHeight: 374 };
		const { fits, ...p } = watched(500, 50, band, MIN_ZOOM);
		measure();
		const { zoom, stageHeight } = fits[0];
		expect(zoom).toBeLessThan(0.65);
		expect(zoom).toBeGreaterThan(0.63);
		expect(p.zoom()).toBe(zoom);
		expect(fitsBand(500 * zoom, 50 + 500 * zoom, 374)).toBe(true);
		expect(stageHeight).toBeCloseTo(50 + 500 * zoom);
	});

	it('on phones stops at MIN_ZOOM, and the stage may then overflow the band', () => {
		const { fits, ...p } = watched(600, 50, { offsetHeight: 374 }, MIN_ZOOM);
		measure();
		expect(fits[0].zoom).toBe(MIN_ZOOM);
		expect(fits[0].stageHeight).toBeCloseTo(50 + 600 * MIN_ZOOM);
	});

	it('within a viewport the zoom never grows past what fits; a new viewport starts from 1', () => {
		const band = { offsetHeight: 374 };
		const { fits, ...p } = watched(600, 50, band, SIDE_MIN_ZOOM);
		measure();
		const first = fits[0].zoom;
		measure();
		expect(fits[1].zoom).toBe(first);
		vi.stubGlobal('innerWidth', 667);
		band.offsetHeight = 2000;
		measure();
		expect(fits[2].zoom).toBe(1);
	});

	it('keeps a zoom it proved nothing larger fits at, in one try; a shorter state grows back', () => {
		const { fits, ...p } = watched(600, 50, { offsetHeight: 374 }, SIDE_MIN_ZOOM);
		measure();
		const first = fits[0].zoom;
		expect(fitsBand(600 * (first + 0.01), 50 + 600 * (first + 0.01), 374)).toBe(false);
		// The fit's own zoom change resizes the stage, and the observer calls it again: the
		// plot is as the search left it, so one try (the zoom set once more), no search up.
		p.tries();
		measure();
		expect(fits[1].zoom).toBe(first);
		expect(p.tries()).toBe(2);
		// A step's state half as tall: it grows back to 1 over the resizes its zooms cause.
		p.resize(300);
		for (let i = 0; i < 8; i++) measure();
		expect(fits.at(-1)!.zoom).toBeGreaterThan(0.98);
		expect(fitsBand(300 * p.zoom(), 50 + 300 * p.zoom(), 374)).toBe(true);
	});

	it('converges on the largest zoom that fits once the plot is laid out again at it', () => {
		// Like the assault chart at 320 px: a plot that keeps its aspect ratio, so any zoom
		// draws it as tall as the layout it has; zoomed, it is laid out again for its wider
		// zoomed width, later (as LayerCake measures it), and from 328 px a label takes a line
		// less. Below 0.6 it takes a taller layout (the desktop's), which never fits.
		const heightAt = (width: number) => (width < 328 ? 300 : width < 480 ? 284 : 560);
		const band = { offsetHeight: 318 };
		let [zoom, laidOutAt] = [1, 1];
		const drawn = () => heightAt(288 / laidOutAt) * laidOutAt;
		const box = (h: () => number) => ({ getBoundingClientRect: () => ({ height: h() }) });
		const graphic = box(drawn);
		const stage = { ...box(() => 62 + drawn()), querySelector: () => graphic };
		const sticky = {
			style: { setProperty: (_: string, v: string) => (zoom = Number(v)) },
			querySelector: () => stage
		} as unknown as HTMLElement;
		const fits: Fit[] = [];
		watchFit(
			sticky,
			band as HTMLElement,
			() => MIN_ZOOM,
			(f) => fits.push(f)
		);
		measure();
		for (let i = 0; i < 12; i++) {
			laidOutAt = zoom;
			measure();
		}
		const best = 288 / 328; // the largest zoom laid out at 328 px or more, where 284 px fit
		expect(zoom).toBeLessThanOrEqual(best);
		expect(zoom).toBeGreaterThan(best - 0.02);
		expect(fitsBand(drawn(), 62 + drawn(), 318)).toBe(true);
		// Settled: measuring again changes nothing.
		laidOutAt = zoom;
		measure();
		expect(fits.at(-1)?.zoom).toBe(zoom);
	});

	it('fits every section at once: one layout a round for all of them, not one a try each', () => {
		// A layout is a read after a write: what each try costs the page.
		let [dirty, layouts] = [false, 0];
		const section = (plot: number) => {
			const band = { offsetHeight: 374 } as HTMLElement;
			let zoom = 1;
			const read = (h: () => number) => ({
				getBoundingClientRect: () => {
					if (dirty) [dirty, layouts] = [false, layouts + 1];
					return { height: h() };
				}
			});
			const graphic = read(() => plot * zoom);
			const stage = { ...read(() => 50 + plot * zoom), querySelector: () => graphic };
			const sticky = {
				style: { setProperty: (_: string, v: string) => ((zoom = Number(v)), (dirty = true)) },
				querySelector: () => stage
			} as unknown as HTMLElement;
			const fits: Fit[] = [];
			watchFit(
				sticky,
				band,
				() => SIDE_MIN_ZOOM,
				(f) => fits.push(f)
			);
			return fits;
		};
		const sections = [500, 700, 900, 1100].map(section);
		[dirty, layouts] = [false, 0];
		measure();
		for (const [i, plot] of [500, 700, 900, 1100].entries()) {
			const alone = searchZoom(
				(z) => ({ fits: fitsBand(plot * z, 50 + plot * z, 374), room: 325 / (plot * z) }),
				1,
				SIDE_MIN_ZOOM
			);
			expect(sections[i].at(-1)?.zoom).toBe(alone);
		}
		// A few tries (guessed from the room measured) and the final zoom, whatever the number
		// of sections: bisecting took 9 tries.
		expect(layouts).toBeLessThanOrEqual(4);
	});
});
