// How tall the plot is in a state: as tall as what it draws, no taller. The dots and their
// words are placed in lines of label text and dot steps, whose sizes the plot sets by its
// width; the columns take a height of their own. So the height is kept in those units too,
// as the lowest of the things drawn, and resolved by CSS (max()) at whatever width. A compact
// plot (a phone's) lays some dots out anew and draws shorter columns: it has a height of its own.
import type { CasualtiesState, PeopleBlock, PeopleLabel, PersonMark } from './view';

/** A length in the plot's mixed units: lines of label text, dot steps and pixels. */
export interface Extent {
	lines: number;
	steps: number;
	px: number;
}

/**
 * Plots narrower than this are compact: a layout band's edge, so an embed's reserved height
 * steps where the page's does. Plot.svelte's container queries use the same number.
 */
export const COMPACT = 400;

/**
 * The plot's units by its width, as Plot.svelte's container queries set them. On a compact
 * plot a step is at most 3.2 % of the width: ten dots then fill the last column's 32 %.
 */
export const LINE = 17;
export const stepFor = (width: number) =>
	width >= 720 ? 20 : width >= 560 ? 16 : width >= COMPACT ? 12 : Math.min(12, 0.032 * width);

/**
 * Lines each kind of word may take at the narrowest width (it wraps there): what the plot
 * leaves under the top of a label that ends it. A "+" is centred on its line.
 */
const WORD_LINES: Record<PeopleLabel['role'], number> = {
	title: 2,
	count: 2,
	lead: 1.6,
	note: 2,
	open: 0.5
};

/** A breath under the lowest dot or word, before the note under the plot. */
const FOOT = 4;

/** The columns' height: 300, 340 and 380 px at the plot's three dot steps. */
const COLUMNS: Extent = { lines: 0, steps: 10, px: 180 };
/** On a compact plot, shorter: about 200 px on a phone 375 px wide, 185 px at 320. */
const COMPACT_COLUMNS: Extent = { lines: 0, steps: 8, px: 110 };

/** The rows a block's dots fill now: on a compact plot, those of its folded grid. */
export const rowsNow = (b: PeopleBlock, marks: PersonMark[], compact: boolean) => {
	const own = marks.filter((m) => m.block === b.id);
	if (compact && b.fold) return Math.ceil(own.length / b.fold);
	return Math.max(0, ...own.map((m) => m.row + 1));
};

/**
 * Where each thing drawn ends: the plot's height is the largest of these at any width (of a
 * compact plot's, when `compact`).
 */
export function plotHeight(
	blocks: PeopleBlock[],
	marks: PersonMark[],
	labels: PeopleLabel[],
	state: CasualtiesState,
	compact = false
): Extent[] {
	if (state === 'monthly') return [compact ? COMPACT_COLUMNS : COLUMNS];
	// A block's grid is the largest it needs in any state: count the rows its dots fill now.
	const rows = (b: PeopleBlock) => rowsNow(b, marks, compact);
	const ends = [
		...blocks
			.filter((b) => b.opacity > 0)
			.map((b) => ({ lines: b.lines, steps: b.steps + rows(b) * b.scale, px: FOOT })),
		...labels.map((l) => ({ lines: l.lines + WORD_LINES[l.role], steps: l.steps, px: FOOT }))
	];
	// One that ends above another in both units can never be the lowest.
	const below = (a: Extent, b: Extent) => a.lines >= b.lines && a.steps >= b.steps;
	return ends.filter(
		(e, i) => !ends.some((f, j) => j !== i && below(f, e) && (!below(e, f) || j < i))
	);
}

const calc = (e: Extent) => `calc(${e.lines} * var(--line) + ${e.steps} * var(--step) + ${e.px}px)`;

const one = (h: Extent[]) => (h.length === 1 ? calc(h[0]) : `max(${h.map(calc).join(', ')})`);

/**
 * The height as CSS, in the plot's `--line` and `--step`; with a compact plot's height, both,
 * and the plot's `--wide` and `--compact` (1 or 0, by its width) pick one.
 */
export const cssHeight = (h: Extent[], compact: Extent[] = h) =>
	one(h) === one(compact)
		? one(h)
		: `calc(var(--wide) * ${one(h)} + var(--compact) * ${one(compact)})`;

/** The height in px where a line and a dot step have these sizes. */
export const pxHeight = (h: Extent[], step: number, line = LINE) =>
	Math.max(...h.map((e) => e.lines * line + e.steps * step + e.px));
