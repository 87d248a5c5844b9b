// The idle queue (src/lib/charts/idle.ts): one task per turn, none while the reader scrolls
// unless it has waited its cap, and no task can stall those queued after it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Idle = typeof import('../../src/lib/charts/idle');
let scrollListeners: (() => void)[] = [];

/** A fresh module (its queue and clocks are module state), with fake time and a fake window. */
async function fresh(): Promise<Idle> {
	vi.resetModules();
	return import('../../src/lib/charts/idle');
}
const scroll = () => scrollListeners.forEach((f) => f());
/** The reader scrolls for `ms`, a scroll event every 50 ms. */
function scrollFor(ms: number) {
	for (let t = 0; t < ms; t += 50) {
		scroll();
		vi.advanceTimersByTime(50);
	}
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
	scrollListeners = [];
	vi.stubGlobal('addEventListener', (type: string, f: () => void) => {
		if (type === 'scroll' && !scrollListeners.includes(f)) scrollListeners.push(f);
	});
	vi.stubGlobal('removeEventListener', (type: string, f: () => void) => {
		if (type === 'scroll') scrollListeners = scrollListeners.filter((g) => g !== f);
	});
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('whenIdle', () => {
	it('runs tasks in order, one per turn of the event loop', async () => {
		const { whenIdle } = await fresh();
		const ran: string[] = [];
		whenIdle(() => ran.push('a'));
		whenIdle(() => ran.push('b'));
		// First it waits a few frames: a scroll may be under way that it has not yet heard of.
		vi.advanceTimersByTime(45);
		expect(ran).toEqual([]);
		for (let i = 0; i < 20 && ran.length === 0; i++) vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a']);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a', 'b']);
	});

	it('listens to the scroll only while work waits', async () => {
		const { whenIdle } = await fresh();
		expect(scrollListeners).toHaveLength(0);
		whenIdle(() => {});
		whenIdle(() => {});
		expect(scrollListeners).toHaveLength(1);
		vi.advanceTimersByTime(1000);
		expect(scrollListeners).toHaveLength(0);
		let ran = false;
		whenIdle(() => (ran = true));
		expect(scrollListeners).toHaveLength(1);
		// Heard again: a scroll now holds the new task back.
		scrollFor(500);
		expect(ran).toBe(false);
		vi.advanceTimersByTime(300);
		expect(ran).toBe(true);
		expect(scrollListeners).toHaveLength(0);
	});

	it('waits while the reader scrolls, and runs once the scroll is quiet', async () => {
		const { whenIdle } = await fresh();
		let ran = false;
		whenIdle(() => (ran = true));
		scrollFor(500);
		expect(ran).toBe(false);
		vi.advanceTimersByTime(300);
		expect(ran).toBe(true);
	});

	it('runs a task that has waited 1.5 s even if the scroll never stops, though more are queued meanwhile', async () => {
		const { whenIdle } = await fresh();
		let ranAt = -1;
		const start = performance.now();
		whenIdle(() => (ranAt = performance.now() - start));
		for (let t = 0; t < 3000 && ranAt < 0; t += 50) {
			scroll();
			// A chart coming near queues its work while the first task waits: the wait must
			// not start again (it did, and the first task waited as long as the scroll lasted).
			if (t % 400 === 0) whenIdle(() => {});
			vi.advanceTimersByTime(50);
		}
		expect(ranAt).toBeGreaterThanOrEqual(1500);
		expect(ranAt).toBeLessThan(1800);
	});

	it('goes on after a task that throws, and does not hide its error', async () => {
		const { whenIdle } = await fresh();
		const ran: string[] = [];
		whenIdle(() => {
			throw new Error('a chart failed');
		});
		whenIdle(() => ran.push('next'));
		expect(() => vi.advanceTimersByTime(200)).toThrow('a chart failed');
		vi.advanceTimersByTime(100);
		expect(ran).toEqual(['next']);
	});

	it('dequeue takes a task out before it runs', async () => {
		const { whenIdle, dequeue } = await fresh();
		const ran: string[] = [];
		const a = () => ran.push('a');
		whenIdle(a);
		whenIdle(() => ran.push('b'));
		dequeue(a);
		vi.advanceTimersByTime(200);
		expect(ran).toEqual(['b']);
	});

	it('a task queued after the waiting one was taken out waits its own full time', async () => {
		const { whenIdle, dequeue } = await fresh();
		const a = () => {};
		whenIdle(a);
		let ranAt = -1;
		const start = performance.now();
		for (let t = 0; t < 6000 && ranAt < 0; t += 50) {
			scroll();
			// The waiting task runs at once instead (a step change hydrates its chart) ...
			if (t === 500) dequeue(a);
			// ... and seconds later, still mid-scroll, another chart queues its work.
			if (t === 2500) whenIdle(() => (ranAt = performance.now() - start));
			vi.advanceTimersByTime(50);
		}
		// It waited its own 1.5 s, not the earlier task's.
		expect(ranAt).toBeGreaterThanOrEqual(2500 + 1500);
		expect(ranAt).toBeLessThan(2500 + 1800);
	});

	it('a task wanted soon runs ahead of those not, after those wanted soon before it', async () => {
		const { whenIdle } = await fresh();
		const ran: string[] = [];
		whenIdle(() => ran.push('later a'));
		whenIdle(() => ran.push('later b'));
		whenIdle(() => ran.push('soon 1'), { soon: true });
		whenIdle(() => ran.push('soon 2'), { soon: true });
		vi.advanceTimersByTime(1000);
		expect(ran).toEqual(['soon 1', 'soon 2', 'later a', 'later b']);
	});

	it('a task wanted soon waits 300 ms at most for a scroll that never stops, not 1.5 s', async () => {
		const { whenIdle } = await fresh();
		let ranAt = -1;
		const start = performance.now();
		// Another chart's view of a later state waits at the head, its 1.5 s under way ...
		whenIdle(() => {});
		scrollFor(500);
		// ... when a chart comes near: its hydration goes first, and waits its own time.
		whenIdle(() => (ranAt = performance.now() - start), { soon: true });
		for (let t = 0; t < 3000 && ranAt < 0; t += 50) scrollFor(50);
		expect(ranAt).toBeGreaterThanOrEqual(500 + 300);
		expect(ranAt).toBeLessThan(500 + 600);
	});
});
