import { describe, expect, it } from 'vitest';
import { FLOOR_SLOW_FRAME_PCT, busyMachine } from '../../bench/checks.js';

// Only the fields busyMachine reads; the rest of a result is beside the point here.
const targets = { tbtMs: 50 } as Parameters<typeof busyMachine>[0]['targets'];
const lighthouse = (tbtMs?: number) =>
	(tbtMs === undefined ? {} : { floor: { median: { tbtMs } } }) as Parameters<
		typeof busyMachine
	>[0]['lighthouse'];
const scroll = (longTasks: number, slowFramePct: number) =>
	[
		{ size: '1280x800', pages: { floor: { median: { longTasks, slowFramePct } } } }
	] as unknown as Parameters<typeof busyMachine>[0]['scroll'];

describe("the floor's figures as a gauge of the machine", () => {
	it('says nothing of a quiet run (figures of 4 Dec 2026) or of a floor not measured', () => {
		expect(busyMachine({ targets, lighthouse: lighthouse(13), scroll: scroll(0, 0.07) })).toEqual(
			[]
		);
		expect(busyMachine({ targets, lighthouse: lighthouse(), scroll: [] })).toEqual([]);
	});

	it("names each sign of a busy machine: the floor's TBT, long tasks and dropped frames", () => {
		const busy = busyMachine({ targets, lighthouse: lighthouse(132), scroll: scroll(1, 0.74) });
		expect(busy).toHaveLength(3);
		expect(busy[0]).toMatch(/TBT is 132 ms \(over 50\)/);
		expect(busy[1]).toMatch(/1 long task\(s\) while scrolling at 1280×800/);
		expect(busy[2]).toMatch(new RegExp(`0\\.74 % .* \\(over ${FLOOR_SLOW_FRAME_PCT} %\\)`));
	});

	it('holds the floor to the bar only above it: at the limit it is quiet', () => {
		expect(
			busyMachine({ targets, lighthouse: lighthouse(50), scroll: scroll(0, FLOOR_SLOW_FRAME_PCT) })
		).toEqual([]);
	});
});
