// The assault chart on a phone: laid out for the top band the story gives it (#10), so its
// text is never zoomed below 11 px, and still with every figure it shows on a desktop.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select } from '../../../src/lib/charts/assault/data.server';
import { assaultView } from '../../../src/lib/charts/assault/view';
import { STATES } from '../../../src/lib/charts/assault/index';
import { DATA_DIR, sayFor } from '../helpers';

const data = select(readDataDir(DATA_DIR));
/**
 * Phones as the story measures them (tests/e2e/phone-layout.test.ts): the plot's width and
 * the height the band leaves it under the chart's title, in px.
 */
const PHONES = [
	{ phone: '375×667', width: 343, room: 312 },
	{ phone: '390×844', width: 358, room: 411 }
];

describe('assault on a phone', () => {
	for (const locale of ['en', 'uk'] as const) {
		const say = sayFor('assault', locale);
		for (const { phone, width, room } of PHONES)
			for (const state of STATES)
				it(`${locale} ${phone} ${state}: fits the band unzoomed, its text at 13 px`, () => {
					expect(assaultView(data, state, say, { width }).height).toBeLessThanOrEqual(room);
				});
	}

	// At 320×568 the band leaves 256 px under the title, and the plot's box 8 px more than its
	// layout: too little at zoom 1. Zoomed, the plot is laid out for its wider zoomed width
	// (lib/scrolly/fit.ts finds the largest zoom that fits so); that must leave its 13 px text
	// at 11 px or more.
	for (const locale of ['en', 'uk'] as const)
		for (const state of STATES)
			it(`${locale} 320×568 ${state}: fits the band at a zoom keeping its text at 11 px`, () => {
				const say = sayFor('assault', locale);
				const fitsAt = (z: number) =>
					(assaultView(data, state, say, { width: 288 / z }).height + 8) * z <= 256;
				const zooms = Array.from({ length: 16 }, (_, i) => 1 - i * 0.01);
				expect(zooms.find(fitsAt)).toBeGreaterThanOrEqual(11 / 13);
			});

	it('keeps every figure in words: each type labelled, the one-type section naming it', () => {
		const say = sayFor('assault');
		const v = assaultView(data, 'by-type', say, { width: 343 });
		const shown = v.labels.filter((l) => l.opacity > 0);
		const words = shown.map((l) => [l.title, ...l.parts.map((p) => p.text)].join(' | '));
		expect(words).toEqual([
			'One report: about 120 missiles | Dataset: 120, in 6 entries',
			'Kh-101/Kalibr | 101 cruise missiles',
			'Kh-59/69 | 5 cruise missiles',
			'Kh-22/Kh-31P | 4 cruise missiles',
			'Zircon | 1 cruise missile',
			'Kinzhal | 8 ballistic missiles',
			'Iskander-M | 1 ballistic missile',
			'One report: about 90 drones | Dataset: 90, one entry: Shahed-136/131'
		]);
		// A small type's marks sit in a block left of its one-line label, within its line.
		for (const l of shown.filter((l) => l.level === 'group' && l.x > 0)) {
			const marks = v.marks.filter((m) => m.weapon === l.title);
			for (const m of marks) {
				expect(m.x + m.size).toBeLessThan(l.x);
				expect(m.y).toBeGreaterThanOrEqual(l.y);
				expect(m.y + m.size).toBeLessThanOrEqual(l.y + 18);
			}
		}
	});

	it('keeps the desktop layout: no compact labels at 600 px', () => {
		const v = assaultView(data, 'shot-down', sayFor('assault'), { width: 600 });
		expect(v.labels.every((l) => !l.compact && !l.inline)).toBe(true);
		expect(v.height).toBe(452);
	});
});
