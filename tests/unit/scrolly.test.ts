import { describe, expect, it } from 'vitest';
import { activeIndex } from '../../src/lib/scrolly/active';

// Three contiguous steps of 500px, scrolled so the first starts at `top`.
const steps = (top: number) =>
	[0, 1, 2].map((i) => ({ top: top + i * 500, bottom: top + (i + 1) * 500 }));

describe('active step', () => {
	it('is -1 while the trigger line is above the first step', () => {
		expect(activeIndex(steps(401), 400)).toBe(-1);
	});
	it('is the step the line crosses', () => {
		expect(activeIndex(steps(400), 400)).toBe(0);
		expect(activeIndex(steps(-150), 400)).toBe(1);
		expect(activeIndex(steps(-700), 400)).toBe(2);
	});
	it('stays on the last step once the line has passed them all', () => {
		expect(activeIndex(steps(-5000), 400)).toBe(2);
	});
	it('holds the previous step in a gap between steps', () => {
		const gappy = [
			{ top: -300, bottom: 100 },
			{ top: 600, bottom: 900 }
		];
		expect(activeIndex(gappy, 400)).toBe(0);
	});
});
