import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { STATE_DURATION, STATE_EASING, lerp } from '../../src/lib/charts/motion.svelte';
import { partAt, transformFrom } from '../../src/lib/charts/layers/fly';
import { boxAt, boxFrom, sharedFrom } from '../../src/lib/charts/layers/boxes';

describe('lerp: state changes redraw only what moves', () => {
	const a = {
		yMax: 2000,
		bars: [
			{ id: 'jan', value: 362, emphasis: 'muted' },
			{ id: 'oct', value: 1960, emphasis: 'muted' }
		],
		path: 'M0,0h10v10',
		label: 'before'
	};
	const b = {
		yMax: 2500,
		bars: [a.bars[0], { id: 'oct', value: 1960, emphasis: 'focus' }],
		path: 'M0,0h20v10',
		label: 'after'
	};

	it('interpolates numbers, and numbers inside strings such as SVG paths', () => {
		const f = lerp(a, b);
		expect(f.moves).toBe(true);
		const mid = f.at(0.5);
		expect(mid.yMax).toBe(2250);
		expect(mid.path).toBe('M0,0h15v10');
	});

	it('keeps the identity of every mark that does not move', () => {
		const mid = lerp(a, b).at(0.5);
		expect(mid.bars).toBe(b.bars);
		expect(mid.bars[0]).toBe(a.bars[0]);
	});

	it('switches words and classes at once, and ends on the target itself', () => {
		const f = lerp(a, b);
		expect(f.at(0.01).label).toBe('after');
		expect(f.at(0.01).bars[1].emphasis).toBe('focus');
		expect(f.at(1)).toEqual(b);
	});

	it('a change of emphasis alone does not move anything', () => {
		const c = { ...a, bars: [a.bars[0], { ...a.bars[1], emphasis: 'focus' }] };
		expect(lerp(a, c).moves).toBe(false);
		expect(lerp(a, c).at(0.3)).toBe(c);
	});

	it('arrays of different lengths take the new marks at once', () => {
		const f = lerp([1, 2], [3, 4, 5]);
		expect(f.at(0.5)).toEqual([2, 3, 5]);
	});
});

describe('motion the browser runs', () => {
	it('CSS moves marks as the script does: the tokens hold STATE_DURATION and STATE_EASING', () => {
		const css = readFileSync('src/styles/tokens.css', 'utf8');
		expect(css).toContain(`--motion-state: ${STATE_DURATION}ms;`);
		expect(css).toContain(`--ease-state: ${STATE_EASING};`);
	});
	it('a map flying from one part to another starts where the old part showed each point', () => {
		const from = { x: 100, y: 50, width: 400, height: 300 };
		const to = { x: 200, y: 100, width: 200, height: 150 };
		// The marks box is 800 × 600 px. Drawn for `to`, a point sits at (p - to) × 800 / 200;
		// under the transform it must sit where `from` drew it: (p - from) × 800 / 400.
		const m = /translate\((-?[\d.]+)%, (-?[\d.]+)%\) scale\(([\d.]+), ([\d.]+)\)/.exec(
			transformFrom(from, to)
		)!;
		const [tx, ty, sx, sy] = m.slice(1).map(Number);
		for (const p of [
			{ x: 250, y: 130 },
			{ x: 390, y: 240 }
		]) {
			const drawn = { x: ((p.x - to.x) * 800) / to.width, y: ((p.y - to.y) * 600) / to.height };
			const shown = { x: drawn.x * sx + (tx / 100) * 800, y: drawn.y * sy + (ty / 100) * 600 };
			expect(shown.x).toBeCloseTo(((p.x - from.x) * 800) / from.width, 2);
			expect(shown.y).toBeCloseTo(((p.y - from.y) * 600) / from.height, 2);
		}
	});
});

describe('a map caught mid-flight flies on from where it shows, worked out, not read', () => {
	const numbers = (t: string) => t.match(/-?[\d.]+/g)!.map(Number);
	const from = { x: 100, y: 50, width: 400, height: 300 };
	const to = { x: 200, y: 100, width: 200, height: 150 };

	it('is the old part at the start and the new one at the end', () => {
		expect(partAt(from, to, 0)).toEqual(from);
		expect(partAt(from, to, 1)).toEqual(to);
	});
	it("its part's transform is the flight's at that moment: each number a step towards none", () => {
		const [tx, ty, sx, sy] = numbers(transformFrom(from, to));
		for (const p of [0.25, 0.6]) {
			const [ax, ay, bx, by] = numbers(transformFrom(partAt(from, to, p), to));
			expect(ax).toBeCloseTo(tx * (1 - p), 3);
			expect(ay).toBeCloseTo(ty * (1 - p), 3);
			expect(bx).toBeCloseTo(1 + (sx - 1) * (1 - p), 5);
			expect(by).toBeCloseTo(1 + (sy - 1) * (1 - p), 5);
		}
	});
});

describe('a bar glides by a transform: its corners land where the old box drew them', () => {
	/** Applies `translate(tx, ty) scale(sx, sy)` (the glide's start) to a point. */
	function apply(transform: string, p: { x: number; y: number }) {
		const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+), ([\d.]+)\)/.exec(
			transform
		)!;
		const [tx, ty, sx, sy] = m.slice(1).map(Number);
		return { x: p.x * sx + tx, y: p.y * sy + ty };
	}
	const from = { x: 10, y: 40, width: 30, height: 50 };
	const to = { x: 20, y: 10, width: 15, height: 80 };

	it('maps the new box onto the old one, corner for corner', () => {
		const start = boxFrom(from, to)!;
		const topLeft = apply(start, { x: to.x, y: to.y });
		const bottomRight = apply(start, { x: to.x + to.width, y: to.y + to.height });
		expect(topLeft.x).toBeCloseTo(from.x, 4);
		expect(topLeft.y).toBeCloseTo(from.y, 4);
		expect(bottomRight.x).toBeCloseTo(from.x + from.width, 4);
		expect(bottomRight.y).toBeCloseTo(from.y + from.height, 4);
	});

	it("about an element's own corner (one laid out by CSS), moves it by the corners' offset", () => {
		const own = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+), ([\d.]+)\)/.exec(
			boxFrom(from, to, true)!
		)!;
		const [tx, ty, sx, sy] = own.slice(1).map(Number);
		// A point of the new box, from its own corner, lands on the same point of the old one.
		expect(to.x + 0 * sx + tx).toBeCloseTo(from.x, 4);
		expect(to.y + to.height * sy + ty).toBeCloseTo(from.y + from.height, 4);
		expect(to.x + to.width * sx + tx).toBeCloseTo(from.x + from.width, 4);
	});

	it('grows a bar from nothing without a scale of zero, and gives up on a box with no area', () => {
		// A matrix of scale 0 cannot be decomposed, so the browser would jump, not glide.
		const start = boxFrom({ x: 20, y: 90, width: 15, height: 0 }, to)!;
		expect(start).toMatch(/scale\(1, 0\.001\)/);
		expect(boxFrom(from, { ...to, height: 0 })).toBeNull();
	});

	it('finds the box shown mid-flight, so a quick step starts from there', () => {
		expect(boxAt(from, to, 0)).toEqual(from);
		expect(boxAt(from, to, 1)).toEqual(to);
		expect(boxAt(from, to, 0.5)).toEqual({ x: 15, y: 25, width: 22.5, height: 65 });
	});
});

describe('bars that one map carries glide as one', () => {
	// Columns on a baseline at y = 100, in the new state; in the old they lay flat on it.
	const to = [
		{ x: 0, y: 40, width: 8, height: 60 },
		{ x: 10, y: 70, width: 8, height: 30 },
		// A piece stacked on another.
		{ x: 10, y: 50, width: 8, height: 20 }
	];
	const flat = to.map((b) => ({ ...b, y: 100, height: 0 }));
	const apply = (m: NonNullable<ReturnType<typeof sharedFrom>>, b: (typeof to)[number]) => ({
		x: m.sx * b.x + m.tx,
		y: m.sy * b.y + m.ty,
		width: m.sx * b.width,
		height: m.sy * b.height
	});

	it('columns rising from their baseline: one map lays every new box flat on it', () => {
		const map = sharedFrom(to.map((b, i) => ({ from: flat[i], to: b })))!;
		expect(map.sx).toBe(1);
		expect(map.sy).toBe(1e-3);
		for (const [i, b] of to.entries()) {
			const shown = apply(map, b);
			expect(shown.x).toBeCloseTo(flat[i].x, 6);
			expect(Math.abs(shown.y - 100)).toBeLessThan(0.1);
			expect(shown.height).toBeLessThan(0.1);
		}
	});

	it('a new scale for every bar at once (an axis that grows) is one map', () => {
		const from = to.map((b) => ({
			x: b.x * 2,
			y: 100 - (100 - b.y) / 2,
			width: b.width * 2,
			height: b.height / 2
		}));
		const map = sharedFrom(to.map((b, i) => ({ from: from[i], to: b })))!;
		expect(map).toEqual({ sx: 2, sy: 0.5, tx: 0, ty: 50 });
	});

	it('bars that move each their own way, or shrink to nothing, are not', () => {
		const swapped = [to[1], to[0], to[2]].map((b) => ({ ...b }));
		expect(sharedFrom(to.map((b, i) => ({ from: swapped[i], to: b })))).toBeNull();
		// One bar off by more than a 500th of the marks' extent.
		const nudged = flat.map((b, i) => (i === 1 ? { ...b, x: b.x + 0.5 } : b));
		expect(sharedFrom(to.map((b, i) => ({ from: nudged[i], to: b })))).toBeNull();
		expect(sharedFrom(flat.map((b, i) => ({ from: to[i], to: b })))).toBeNull();
		expect(sharedFrom([])).toBeNull();
	});
});
