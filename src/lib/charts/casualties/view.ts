// The casualties chart's pure view: one dot per person in the attacks two reports name, then
// the UN's monthly toll as stacked columns. Each part is built in its own module; this one
// holds the shapes they share and puts them together for a state.
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import type { CasualtiesData } from './data.server';
import { peopleBlocks, personMarks } from './people';
import { peopleLabels } from './labels';
import { monthFacts, monthSegments, monthlyMarks } from './months';
import { keyItems, noteLine, noteShort, summaryOf } from './prose';
import { plotHeight, type Extent } from './height';
import { sourcesOf, tableOf } from './table';
import type { CasualtiesState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { CasualtiesState };

export type BlockId = 'assault-killed' | 'sumy-killed' | 'odesa-killed' | 'odesa-injured';

/**
 * A block of people marks, one dot per person. Its place mixes units so that it never
 * collides with text at any width: `x` in % of the chart's width, the top in lines of
 * label text plus dot steps (both CSS lengths the component sets per container width).
 */
export interface PeopleBlock {
	id: BlockId;
	x: number;
	lines: number;
	steps: number;
	/** Dots are drawn `scale` times the base step. */
	scale: number;
	opacity: number;
	/** The block's drawing grid in dot steps: the largest it needs in any state. */
	cols: number;
	rows: number;
	/**
	 * Dots per row on a compact plot, where the block is laid out anew in a grid this wide,
	 * its dots in the same order; null: as on a wide plot.
	 */
	fold: number | null;
}

/** One person the reports count: killed (filled dot) or injured (ring); a child is smaller. */
export interface PersonMark {
	id: string;
	block: BlockId;
	kind: 'killed' | 'injured';
	child: boolean;
	/** Place inside the block's grid, in steps. */
	col: number;
	row: number;
}

/** Text beside the people marks, placed in the same mixed units as the blocks. */
export interface PeopleLabel {
	id: string;
	role: 'title' | 'count' | 'lead' | 'note' | 'open';
	text: string;
	/** For charts narrower than 480px. */
	short: string;
	x: number;
	lines: number;
	steps: number;
	/** Further right, in dot steps (the open end after the last dot). */
	dx: number;
	/** Widest the text may run, in % of the chart's width. */
	width: number;
}

/** One stacked piece of a month's column; collapsed to the baseline outside `monthly`. */
export interface MonthSegment {
	id: string;
	month: string;
	part: 'killed' | 'injured' | 'total';
	y0: number;
	y1: number;
	/** The month of the attacks the reports name. */
	focus: boolean;
}

export type KeyKind =
	'person-killed' | 'person-child' | 'person-injured' | 'killed' | 'injured' | 'total';

/** The monthly columns' axes and notes. */
export interface MonthlyMarks {
	xTicks: { value: string; label: string; short: string }[];
	yTicks: number[];
	/** Each tick's value as the edition writes it ("1,500"; "1 500"), index for index. */
	yTickLabels: string[];
	/** The month of the named attacks, labelled over its column. */
	focus: { month: string; value: number; text: string; short: string } | null;
	/** Columns drawn as a total only, labelled where there is room. */
	totalOnly: { month: string; value: number; text: string }[];
}

export interface CasualtiesView extends ChartViewBase {
	/** The plot's height: where the lowest thing it draws ends, at any width (see height.ts). */
	height: Extent[];
	/** The same on a compact plot (narrower than COMPACT): its folded dots, shorter columns. */
	compactHeight: Extent[];
	blocks: PeopleBlock[];
	marks: PersonMark[];
	labels: PeopleLabel[];
	segments: MonthSegment[];
	/** The monthly axes' domains: the same in every state so columns grow in place. */
	months: string[];
	yMax: number;
	/** Axes and notes of the monthly columns; null when they are not shown. */
	monthly: MonthlyMarks | null;
	/** A key in words, with the glyph each item is drawn with. */
	key: { kind: KeyKind; text: string }[];
	/** One line under the chart. */
	note: string;
	/** Its short form on a compact plot: every figure's hedge and every inferred date kept. */
	noteShort: string;
}

export function casualtiesView(
	data: CasualtiesData,
	state: CasualtiesState,
	say: Say
): CasualtiesView {
	const facts = monthFacts(data);
	const blocks = peopleBlocks(data.attacks, state);
	const marks = personMarks(data.attacks, state);
	const labels = peopleLabels(data.attacks, state, say);
	return {
		height: plotHeight(blocks, marks, labels, state),
		compactHeight: plotHeight(blocks, marks, labels, state, true),
		blocks,
		marks,
		labels,
		segments: monthSegments(data.months, facts, state),
		months: data.months.map((m) => m.month),
		yMax: facts.yMax,
		monthly: state === 'monthly' ? monthlyMarks(data.months, facts, say) : null,
		key: keyItems(facts, state, say),
		note: noteLine(facts, state, say),
		noteShort: noteShort(facts, state, say),
		summary: summaryOf(data, facts, state, say),
		table: tableOf(data, facts, state, say),
		sources: sourcesOf(data, facts, state)
	};
}
