import { describe, expect, it } from 'vitest';
import { FLOOR_SLOW_FRAME_PCT, busyMachine } from '../../bench/checks.js';

type Input = Parameters<typeof busyMachine>[0];
// Only the fields busyMachine reads; the rest of a result is beside the point here.
const targets = { tbtMs: 50 } as Input['targets'];
/** Lighthouse medians: the floor's TBT, and a story far over every target (never judged). */
const lighthouse = (tbtMs?: number) =>
	({
		story: { median: { tbtMs: 333 } },
		...(tbtMs === undefined ? {} : { floor: { median: { tbtMs } } })
	}) as unknown as Input['lighthouse'];
/** A scroll at 1280×800: the floor's median run, and the story's far over its targets. */
const scroll = (floor: { longTasks: number; slowFramePct: number } | null) =>
	[
		{
			size: '1280x800',
			pages: {
				story: { median: { longTasks: 10, slowFramePct: 6.11 } },
				floor: { median: floor }
			}
		}
	] as unknown as Input['scroll'];

describe("the floor's figures as a gauge of the machine", () => {
	it('says nothing of a quiet floor (figures of 4 Dec 2026), however slow the story', () => {
		expect(
			busyMachine({
				targets,
				lighthouse: lighthouse(13),
				scroll: scroll({ longTasks: 0, slowFramePct: 0.07 })
			})
		).toEqual([]);
	});

	it('says nothing of a floor not measured, or whose runs all failed', () => {
		expect(busyMachine({ targets, lighthouse: lighthouse(), scroll: scroll(null) })).toEqual([]);
	});

	it("names each sign of a busy machine: the floor's TBT, long tasks and dropped frames", () => {
		const busy = busyMachine({
			targets,
			lighthouse: lighthouse(132.4),
			scroll: scroll({ longTasks: 0.5, slowFramePct: 0.745 })
		});
		expect(busy).toHaveLength(3);
		expect(busy[0]).toMatch(/TBT is 132 ms \(over 50\)/);
		expect(busy[1]).toMatch(/0\.5 long task\(s\) while scrolling at 1280×800/);
		expect(busy[2]).toMatch(new RegExp(`0\\.7\\d % .* \\(over ${FLOOR_SLOW_FRAME_PCT} %\\)`));
	});

	it('holds the floor to the bar only above it: at the limit it is quiet', () => {
		expect(
			busyMachine({
				targets,
				lighthouse: lighthouse(50),
				scroll: scroll({ longTasks: 0, slowFramePct: FLOOR_SLOW_FRAME_PCT })
			})
		).toEqual([]);
	});
});
