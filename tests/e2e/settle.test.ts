// A plot that shrinks once its marks have left: its box takes the new height in one step (a
// transition of the height laid the page out, and LayerCake redrew the plot, every frame),
// while the note under it slides up on the compositor, never jumping.
import { test, expect } from './fixtures';
import { failedOf, traceChange } from './trace';

// [section, from, to]: changes after which the plot is shorter.
const SHRINKS: [string, string, string][] = [
	['cost', 'cost-attacks', 'cost-assault'],
	['aid', 'aid-donors', 'aid-us']
];
const NOTE = /^P class='note[ \w-]*'$/;

for (const [section, from, to] of SHRINKS)
	test(`${section} (${from} to ${to}): the plot shrinks in one step and its note slides up on the compositor`, async ({
		page,
		browser
	}) => {
		const { before, seen, events } = await traceChange(
			page,
			browser,
			[section, from, to],
			'settle'
		);
		const parse = (s: string) => s.split('|').map(Number);
		const [top0, height0] = parse(before);
		const frames = seen.map(parse);
		const [top1, height1] = frames.at(-1)!;
		expect(height1).toBeLessThan(height0 - 20);
		expect(top1).toBeLessThan(top0 - 5);
		// The box: the old height, then the new one, nothing between.
		expect([...new Set(frames.map(([, h]) => h))].filter((h) => h !== height0)).toEqual([height1]);
		// The note: up only, through places between (a slide, not a jump), to its new place.
		const tops = frames.map(([t]) => t);
		// (Each frame read: top|height|the note's animations.)
		tops.slice(1).forEach((t, i) => expect(t, seen.join(' ')).toBeLessThanOrEqual(tops[i] + 0.1));
		// A jump shows no place between. (An idle machine shows 12–15 of the slide's frames; CI's
		// load, tracing on, once only 1 of them.)
		const between = new Set(tops.filter((t) => t < top0 - 1 && t > top1 + 1));
		expect(between.size).toBeGreaterThanOrEqual(1);
		// On the compositor: the note's one animation, handed over; no animation of the box.
		const begun = events.filter((e) => e.name === 'Animation' && e.ph === 'b');
		const names = begun.map((e) => e.args?.data?.nodeName ?? '');
		expect(names.filter((n) => NOTE.test(n))).toHaveLength(1);
		expect(names.filter((n) => /class='cake/.test(n))).toEqual([]);
		expect(failedOf(events, NOTE)).toEqual([]);
		// While it slides (past its first frame), the page is laid out a few times at most (the
		// words' return; 0–2 on an idle machine, 4 under CI's load), not every frame: a slide
		// by `top` was laid out 8–14 times.
		const start = begun.find((e) => NOTE.test(e.args?.data?.nodeName ?? ''))!.ts;
		const layouts = events.filter(
			(e) => e.name === 'Layout' && e.ph === 'X' && e.ts > start + 20_000 && e.ts < start + 250_000
		);
		expect(layouts.length).toBeLessThanOrEqual(5);
	});
