import { describe, expect, it } from 'vitest';
import { lerp } from '../../src/lib/charts/motion.svelte';

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
