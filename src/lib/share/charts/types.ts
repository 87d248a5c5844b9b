import type { Drawing } from '../svg';

/** How much room a chart's drawing gets, and whether it carries its labels. */
export interface PaintOptions {
	/** Width in px. Charts with a fixed shape (map, grids) choose their own height. */
	width: number;
	/** Height in px for charts that stretch to their box (bars, columns). */
	height: number;
	/**
	 * Axis, value and name labels, in 13px type (cards zoom them). Off draws the marks alone,
	 * the cards' last resort; charts whose marks mean nothing without their words (grids of
	 * weapons and people, estimates, bars by donor) keep them either way.
	 */
	labels: boolean;
	/** The line of context some charts set under their plot (left out where room is short). */
	notes: boolean;
}

export type Painter<V> = (view: V, options: PaintOptions) => Drawing;

/** The type size of chart labels, as on the page (--size-xs). */
export const LABEL = 13;
