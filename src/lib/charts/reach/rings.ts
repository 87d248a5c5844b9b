// The rings: which the state shows and how, and each one's label, placed where it fits.
import type { Say } from '$lib/content/words';
import { QUALIFIER_GLYPHS } from '$lib/data/format';
import type { ReachRange, ReachRing } from './data.server';
import type { Fit, LayoutSize } from './frame';
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

/** The spread of a band, in the reports' own units: "186 to 190 miles". */
function spread(ring: ReachRing, say: Say): string {
	const sorted = [...ring.figures].sort((a, b) => a.km - b.km);
	const lo = sorted[0];
	const hi = sorted[sorted.length - 1];
	return say('range', {
		lo: lo.unit === hi.unit ? say.n(lo.value) : amount(lo.value, lo.unit, say),
		hi: amount(hi.value, hi.unit, say)
	});
}

/** A band's radii in km: "299 to 306 km". */
export const kmRange = (ring: ReachRing, say: Say) =>
	say('range', {
		lo: say.n(Math.round(ring.innerKm)),
		hi: amount(Math.round(ring.outerKm), 'km', say)
	});

/** A ring's label: its words, and the first of its spots where they fit, wide and narrow. */
function ringLabel(r: ReachRing, e: Emphasis, fit: Fit, say: Say): RingMark['label'] {
	const band = r.innerKm !== r.outerKm;
	const f = r.figures[0];
	const detail = band ? say('label.band', { range: spread(r, say) }) : say.figure(f);
	const short = r.weapon.split('/')[0];
	const km = band ? kmRange(r, say) : '';
	const detailShort = band ? '' : `${QUALIFIER_GLYPHS[f.qualifier]}${amount(f.value, f.unit, say)}`;
	const lines = {
		wide: [r.weapon, detail, ...(km ? [km] : [])],
		narrow: band ? [short, km] : [short, detailShort]
	};
	const pick = (size: LayoutSize) =>
		e === 'hidden' ? null : (r.label[size].find((a) => fit.fits(a, a, size, lines[size])) ?? null);
	return {
		wide: pick('wide'),
		narrow: pick('narrow'),
		title: r.weapon,
		short,
		detail,
		detailShort,
		km
	};
}

export function ringMarks(rings: ReachRing[], state: ReachState, fit: Fit, say: Say): RingMark[] {
	return rings.map((r, i) => {
		const e = ringEmphasis(state, i);
		return {
			id: r.id,
			kind: r.innerKm !== r.outerKm ? 'band' : 'ring',
			path: r.path,
			emphasis: e,
			opacity: OPACITY[e],
			label: ringLabel(r, e, fit, say)
		};
	});
}
