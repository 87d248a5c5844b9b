// Where the dots go: one block of dots per attack and toll, and one dot per person the reports
// count, the same marks in the same order in every state so each change of state animates.
import type { CasualtiesData } from './data.server';
import type { BlockId, CasualtiesState, PeopleBlock, PersonMark } from './view';

type Attacks = CasualtiesData['attacks'];

/** Dots per row in a block. */
export const PER_ROW = 5;
/** Dots per row of the injured on a compact plot: half the rows, in the same column. */
export const FOLD = 10;
/** Left edges of the three attacks, side by side, and how wide their text may run (%). */
export const COLUMN_X = { assault: 0, sumy: 34, odesa: 68 } as const;
export const COLUMN_WIDTH = 31;
/** Vertical layout of the side-by-side state, in lines of text and dot steps. */
export const TITLE_LINES = 0;
export const COUNT_LINES = 2.25;
export const BLOCK_LINES = 4.6;
/** Words and dots under the killed blocks (after `killedRows` dot steps). */
export const INJURED_COUNT_LINES = 4.95;
const INJURED_BLOCK_LINES = 7.35;
/** The single-attack state: one large row of dots, from the top of a plot sized to it. */
export const SOLO = { titleLines: 0, countLines: 1.45, blockLines: 3.85, scale: 2 } as const;

export const rowsOf = (k: number) => Math.ceil(k / PER_ROW);

/** The deepest of the three killed blocks, in dot steps: what sits under them starts there. */
export function killedRows(a: Attacks): number {
	return Math.max(
		rowsOf(a.assaultKilled.value),
		rowsOf(a.sumyKilled.value),
		rowsOf(a.odesaKilled.value)
	);
}

export function peopleBlocks(a: Attacks, state: CasualtiesState): PeopleBlock[] {
	const solo = state === 'assault';
	const side = state === 'attacks' ? 1 : 0;
	const block = (id: BlockId, x: number, k: number, more: Partial<PeopleBlock> = {}) => ({
		id,
		x,
		lines: BLOCK_LINES,
		steps: 0,
		scale: 1,
		opacity: side,
		cols: PER_ROW,
		rows: rowsOf(k),
		fold: null,
		...more
	});
	return [
		// The assault's block is as wide as its toll, so it can hold the solo state's one row.
		block('assault-killed', COLUMN_X.assault, a.assaultKilled.value, {
			lines: solo ? SOLO.blockLines : BLOCK_LINES,
			scale: solo ? SOLO.scale : 1,
			opacity: state === 'monthly' ? 0 : 1,
			cols: a.assaultKilled.value
		}),
		block('sumy-killed', COLUMN_X.sumy, a.sumyKilled.value),
		block('odesa-killed', COLUMN_X.odesa, a.odesaKilled.value),
		block('odesa-injured', COLUMN_X.odesa, a.odesaInjured.value, {
			lines: INJURED_BLOCK_LINES,
			steps: killedRows(a),
			fold: FOLD
		})
	];
}

/** A block's dots, `perRow` to a row; from `childFrom` on, each is a child. */
function dots(
	block: BlockId,
	count: number,
	perRow = PER_ROW,
	kind: PersonMark['kind'] = 'killed',
	childFrom = Infinity
): PersonMark[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `${block}-${i + 1}`,
		block,
		kind,
		child: i >= childFrom,
		col: i % perRow,
		row: Math.floor(i / perRow)
	}));
}

export function personMarks(a: Attacks, state: CasualtiesState): PersonMark[] {
	const { assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured } = a;
	// The assault alone is one row; the children are the last of Sumy's dots.
	const assaultPerRow = state === 'assault' ? assaultKilled.value : PER_ROW;
	return [
		...dots('assault-killed', assaultKilled.value, assaultPerRow),
		...dots(
			'sumy-killed',
			sumyKilled.value,
			PER_ROW,
			'killed',
			sumyKilled.value - sumyChildrenKilled.value
		),
		...dots('odesa-killed', odesaKilled.value),
		...dots('odesa-injured', odesaInjured.value, PER_ROW, 'injured')
	];
}

/** A block's grid and its dots' places: on a compact plot, a folded block laid out anew. */
export function gridOf(b: PeopleBlock, own: PersonMark[], compact: boolean) {
	if (!compact || !b.fold) return { cols: b.cols, rows: b.rows, marks: own };
	const fold = b.fold;
	return {
		cols: fold,
		rows: Math.ceil(own.length / fold),
		marks: own.map((m, i) => ({ ...m, col: i % fold, row: Math.floor(i / fold) }))
	};
}
