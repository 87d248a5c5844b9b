// A name beside its point: its lines flush with the side nearest the point, and the leader
// line from the point it names, as CSS its callout reads.
import type { Direction, Label } from './view';

/** Text lines line up on the side nearest their point. */
export const align = (d: Direction) => (d.dx < -0.3 ? 'right' : d.dx > 0.3 ? 'left' : 'center');

/**
 * A leader from the point a name sits away from to the name's spot, given the spot's place and
 * the point's in percent of the map (LayerCake's scales) and the map's shape (height / width):
 * its angle in degrees and its length in cqw, so it scales with the map as the spot does.
 */
export function leader(
	at: { left: number; top: number },
	from: { left: number; top: number },
	shape: number
): { angle: number; length: number } {
	const dx = at.left - from.left;
	const dy = (at.top - from.top) * shape;
	return { angle: (Math.atan2(dy, dx) * 180) / Math.PI, length: Math.hypot(dx, dy) };
}

/** Whether a name (or a dot) shows on wide maps, on narrow ones, or on both: its CSS class. */
export const shownOn = (p: { wide: Label | null; narrow: Label | null }) =>
	p.wide && p.narrow ? 'both' : p.wide ? 'wide' : p.narrow ? 'narrow' : 'none';
