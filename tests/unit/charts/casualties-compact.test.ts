// The casualties chart on a phone (#10): a plot narrower than COMPACT folds the injured into
// rows twice as long, in their own column, and draws shorter columns and a shorter note, so
// the plot fits the band over the cards with its text at full size. Every figure, hedge and
// inferred date stays. Measured in px at the widths a phone gives the plot.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select } from '../../../src/lib/charts/casualties/data.server';
import { casualtiesView } from '../../../src/lib/charts/casualties/view';
import { STATES } from '../../../src/lib/charts/casualties/index';
import { gridOf } from '../../../src/lib/charts/casualties/people';
import {
	COMPACT,
	LINE,
	cssHeight,
	pxHeight,
	stepFor
} from '../../../src/lib/charts/casualties/height';
import { DATA_DIR, sayFor } from '../helpers';

const data = select(readDataDir(DATA_DIR));
const say = sayFor('casualties');
/** Plot widths on phones: 320 px (288), 375 px (343), 390 px (358), and a zoomed 320 (320). */
const PHONES = [288, 320, 343, 358];

/** Each drawn dot's box in px on a compact plot `width` wide: [left, top, right, bottom]. */
function dotBoxes(state: (typeof STATES)[number], width: number) {
	const v = casualtiesView(data, state, say);
	const step = stepFor(width);
	return v.blocks
		.filter((b) => b.opacity > 0)
		.flatMap((b) => {
			const own = v.marks.filter((m) => m.block === b.id);
			const { marks } = gridOf(b, own, true);
			const left = (b.x / 100) * width;
			const top = b.lines * LINE + b.steps * step;
			const s = b.scale * step;
			return marks.map((m) => [
				left + m.col * s,
				top + m.row * s,
				left + (m.col + 1) * s,
				top + (m.row + 1) * s
			]);
		});
}

describe('casualties on a compact plot', () => {
	it('switches at a layout band edge, with dots no more than 12 px apart', () => {
		expect(COMPACT).toBe(400);
		expect(stepFor(COMPACT)).toBe(12);
		for (const w of PHONES) expect(stepFor(w)).toBeLessThanOrEqual(12);
	});

	for (const width of PHONES)
		it(`attacks at ${width}px: every dot inside the plot, the injured in five rows`, () => {
			const v = casualtiesView(data, 'attacks', say);
			const boxes = dotBoxes('attacks', width);
			const h = pxHeight(v.compactHeight, stepFor(width));
			expect(boxes).toHaveLength(78);
			for (const [l, t, r, b] of boxes) {
				expect(l).toBeGreaterThanOrEqual(0);
				expect(t).toBeGreaterThanOrEqual(0);
				expect(r).toBeLessThanOrEqual(width + 0.01);
				expect(b).toBeLessThanOrEqual(h);
			}
			const injured = v.blocks.find((b) => b.id === 'odesa-injured')!;
			const own = v.marks.filter((m) => m.block === injured.id);
			const grid = gridOf(injured, own, true);
			expect([grid.cols, grid.rows]).toEqual([10, 5]);
			// The same people, each once, in the same order.
			expect(grid.marks.map((m) => m.id)).toEqual(own.map((m) => m.id));
			expect(new Set(grid.marks.map((m) => `${m.col} ${m.row}`)).size).toBe(50);
			// Five rows fewer than the wide plot's, and no empty band under the last.
			const wide = pxHeight(v.height, stepFor(width));
			expect(wide - h).toBeCloseTo(5 * stepFor(width), 5);
			expect(h - Math.max(...boxes.map((b) => b[3]))).toBeLessThanOrEqual(4);
		});

	it('the plot at a 375 px phone: at most 210 px in every state, so it fits over the cards', () => {
		for (const state of STATES) {
			const v = casualtiesView(data, state, say);
			expect(pxHeight(v.compactHeight, stepFor(343))).toBeLessThanOrEqual(210);
			expect(pxHeight(v.compactHeight, stepFor(343))).toBeLessThanOrEqual(
				pxHeight(v.height, stepFor(343))
			);
		}
	});

	it('its height as CSS: the compact one where the plot says so, one height where they agree', () => {
		const a = casualtiesView(data, 'assault', say);
		expect(cssHeight(a.height, a.compactHeight)).toBe(cssHeight(a.height));
		const m = casualtiesView(data, 'monthly', say);
		expect(cssHeight(m.height, m.compactHeight)).toBe(
			'calc(var(--wide) * calc(0 * var(--line) + 10 * var(--step) + 180px)' +
				' + var(--compact) * calc(0 * var(--line) + 8 * var(--step) + 110px))'
		);
	});

	for (const locale of ['en', 'uk'] as const)
		it(`${locale}: the short note keeps the inferred dates and the UN's minimums`, () => {
			const s = sayFor('casualties', locale);
			const notes = Object.fromEntries(
				STATES.map((st) => [st, casualtiesView(data, st, s).noteShort])
			);
			for (const st of STATES) {
				const long = casualtiesView(data, st, s).note;
				expect(notes[st].length).toBeLessThan(long.length * 0.7);
			}
			const inferred = locale === 'en' ? /infer/ : /за висновком/;
			expect(notes.assault).toMatch(inferred);
			expect(notes.attacks).toMatch(inferred);
			// The titles' * points here; the labels carry "at least" and "almost".
			expect(notes.attacks.startsWith('* ')).toBe(true);
			expect(notes.monthly).toMatch(locale === 'en' ? /minimums/ : /мінімальні/);
			expect(casualtiesView(data, 'monthly', s).monthly?.focus?.short).toMatch(
				locale === 'en' ? /^Nov: at least 165 killed, 887 injured$/ : /щонайменше 165/
			);
		});
});
