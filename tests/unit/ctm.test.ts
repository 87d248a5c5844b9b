import { describe, expect, it } from 'vitest';
import { stretchOf } from '../../src/lib/charts/layers/ctm';

// The map getCTM() gives a group at the top of a ScaledSvg (preserveAspectRatio none), worked
// out from the viewBox and the <svg>'s size instead, so no step change lays the page out.
describe('stretchOf', () => {
	it("stretches LayerCake's square viewBox over the plot, each way on its own", () => {
		expect(stretchOf({ x: 0, y: 0, width: 100, height: 100 }, { width: 600, height: 240 })).toEqual(
			{ a: 6, d: 2.4, e: 0, f: 0 }
		);
	});
	it("moves user space by the viewBox's corner, in px", () => {
		expect(
			stretchOf({ x: -10, y: 5, width: 200, height: 50 }, { width: 400, height: 100 })
		).toEqual({ a: 2, d: 2, e: 20, f: -10 });
	});
	it('says nothing of a plot of no height, or a viewBox of no area (getCTM then says)', () => {
		expect(
			stretchOf({ x: 0, y: 0, width: 100, height: 100 }, { width: 600, height: 0 })
		).toBeNull();
		expect(
			stretchOf({ x: 0, y: 0, width: 0, height: 100 }, { width: 600, height: 300 })
		).toBeNull();
	});
});

describe('stretchOf, on the axes a map needs', () => {
	it('works out only the axes asked for, leaving the other as it is', () => {
		expect(
			stretchOf(
				{ x: -10, y: 5, width: 200, height: 50 },
				{ width: 400, height: 0 },
				{ x: true, y: false }
			)
		).toEqual({ a: 2, d: 1, e: 20, f: 0 });
	});
	it('still says nothing where an axis asked for has no area', () => {
		expect(
			stretchOf(
				{ x: 0, y: 0, width: 100, height: 100 },
				{ width: 0, height: 300 },
				{ x: true, y: false }
			)
		).toBeNull();
	});
});
