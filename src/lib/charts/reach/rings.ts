// The rings: which the state shows and how, and each one's label, placed where it fits.
import type { Say } from '$lib/content/words';
import { QUALIFIER_GLYPHS } from '$lib/data/format';
import type { ReachRange, ReachRing } from './data.server';
import type { LayoutSize, Text } from './boxes';
import type { Emphasis, ReachState, RingMark } from './view';

const OPACITY: Record<Emphasis, number> = { focus: 1, context: 0.5, hidden: 0 };
/** The ring each state adds; Kursk keeps them all as context. */
const RING_ORDER: Record<ReachState, number> = {
	himars: 0,
	'storm-shadow': 1,
	atacms: 2,
	kursk: 2
};

/** The i-th ring in a state: in focus, kept as context, or not yet shown. */
export function ringEmphasis(state: ReachState, i: number): Emphasis {
	const order = RING_ORDER[state];
	if (i > order) return 'hidden';
	if (state === 'kursk') return 'context';
	return i === order ? 'focus' : 'context';
}

/** An amount in its unit: "80 km", "190 miles". */
export const amount = (value: number, unit: ReachRange['unit'], say: Say) =>
	say(`unit.${unit}`, { value });

/** Every distinct report of a ring's range, as words: "up to 300 km". */
export function reportedRanges(ring: ReachRing, say: Say): string[] {
	return [...new Set(ring.figures.map(say.figure))];
}

/** A band's radii in km: "299 to 306 km", or in short "299–306 km". */
export const kmRange = (ring: ReachRing, say: Say, key: 'range' | 'range-short' = 'range') =>
	say(key, {
		lo: say.n(Math.round(ring.innerKm)),
		hi: amount(Math.round(ring.outerKm), 'km', say)
	});

/**
 * A ring's label in each layout, fullest first: the weapon over its reported range, or over a
 * band's radii in km (the note under the map lists the reports), else over "≈80 km", else
 * alone; on narrow charts the weapon's short name over "≈80 km" or "299–306 km", or alone.
 */
export function ringForms(r: ReachRing, say: Say): Record<LayoutSize, Text[]> {
	const f = r.figures[0];
	const short = r.weapon.split('/')[0];
	if (r.innerKm === r.outerKm) {
		const glyph = `${QUALIFIER_GLYPHS[f.qualifier]}${amount(f.value, f.unit, say)}`;
		return {
			// Where the words do not fit (a longer edition's), the glyph, then the name alone.
			wide: [
				{ lines: [r.weapon, say.figure(f)], bold: true },
				{ lines: [r.weapon, glyph], bold: true },
				{ lines: [r.weapon], bold: true }
			],
			narrow: [
				{ lines: [short, glyph], bold: true },
				{ lines: [short], bold: true }
			]
		};
	}
	return {
		wide: [{ lines: [r.weapon, kmRange(r, say)], bold: true }],
		narrow: [{ lines: [short, kmRange(r, say, 'range-short')], bold: true }]
	};
}

/** Each ring in a state, unnamed yet: labels.ts finds its label room. */
export function ringMarks(rings: ReachRing[], state: ReachState): RingMark[] {
	return rings.map((r, i) => {
		const e = ringEmphasis(state, i);
		return {
			id: r.id,
			kind: r.innerKm !== r.outerKm ? 'band' : 'ring',
			path: r.path,
			emphasis: e,
			opacity: OPACITY[e],
			label: { wide: null, narrow: null }
		};
	});
}
