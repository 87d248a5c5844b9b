// The observers that say when a section is near the screen. Under load, Chromium can hand a
// callback several entries for one element, oldest first: the section's first report (far,
// before the reader scrolled) and the one after a jump (near). Read the oldest alone and a
// section that stays near is never told so, and its chart keeps its old step for good.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchInView, watchNear } from '../../src/lib/scrolly/near';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let report: Callback = () => {};
class FakeObserver {
	constructor(callback: Callback) {
		report = callback;
	}
	observe() {}
	disconnect() {}
}

describe('near the screen', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('goes by the newest of the entries the observer hands over at once', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const seen: boolean[] = [];
		watchInView({} as Element, (v) => seen.push(v));
		report([{ isIntersecting: false }, { isIntersecting: true }]);
		report([{ isIntersecting: true }, { isIntersecting: false }]);
		expect(seen).toEqual([true, false]);
	});

	it('loads a chart whose section came near at any moment of a batch', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		let scrolled = () => {};
		vi.stubGlobal('addEventListener', (_: string, f: () => void) => (scrolled = f));
		vi.stubGlobal('removeEventListener', () => {});
		vi.stubGlobal('scrollY', 0);
		let near = 0;
		watchNear({} as Element, () => near++);
		scrolled();
		report([{ isIntersecting: false }, { isIntersecting: true }]);
		expect(near).toBe(1);
	});

	it('watches at once when the page scrolled before its script started', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const listened: string[] = [];
		vi.stubGlobal('addEventListener', (type: string) => listened.push(type));
		vi.stubGlobal('removeEventListener', () => {});
		let near = 0;
		let scrolled = 0;
		for (const y of [0, 900]) {
			vi.stubGlobal('scrollY', y);
			report = () => {};
			watchNear(
				{} as Element,
				() => near++,
				() => scrolled++
			);
			report([{ isIntersecting: true }]);
		}
		// At the top it waits for the first scroll; scrolled already, it watches now.
		expect(listened).toEqual(['scroll']);
		expect([near, scrolled]).toEqual([1, 1]);
	});
});
