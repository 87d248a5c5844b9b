// A label beside its point: the side it sits on, as CSS variables its layer's transform reads,
// and the alignment of its lines, flush with the side nearest the point.
import type { Direction } from './view';

/** Text lines line up on the side nearest their point. */
export const align = (d: Direction) => (d.dx < -0.3 ? 'right' : d.dx > 0.3 ? 'left' : 'center');

/** The direction as CSS variables: `--dx`, `--dy`, or with a prefix (`--wdx` for wide charts). */
export const dir = (d: Direction, prefix = '') => `--${prefix}dx: ${d.dx}; --${prefix}dy: ${d.dy}`;
