// Where every mark and label goes at a width: a grid of cells, one mark per weapon, each
// section (and, when grouped, each weapon type) under a label with room for its longest words.
import type { AssaultType } from './data.server';
import { STATES } from './index';
import { groupId, sectionId, type Section } from './sections';
import type { AssaultState, LabelPart } from './view';

/** The width the marks are laid out for; the plot measures it, the server uses the default. */
export interface AssaultLayout {
	width: number;
}
export const DEFAULT_LAYOUT: AssaultLayout = { width: 600 };

// Type metrics the layout reserves room by (DejaVu Sans, the widest common system-ui face,
// so other faces only leave more room). Line heights match the CSS of Labels.svelte.
export const METRICS = {
	/** A section label's rule and the space under it. */
	sectionRule: 8,
	sectionTitle: 20,
	line: 18,
	charTitle: 9.2,
	charGroupTitle: 8.6,
	char: 7.8,
	swatch: 18,
	partGap: 12
} as const;
const LABEL_GAP = 4;
const GROUP_GAP = 14;
const SECTION_GAP = 26;
const SLOT_MIN = 170;
/** A mark's side, as a share of its cell. */
export const MARK_FILL = 0.78;

/** Every label's words, in any state: the layout reserves room for the longest. */
export interface LabelTexts {
	sectionTitle: (s: Section) => string;
	/** A weapon type's name, in the edition's words. */
	groupTitle: (t: AssaultType) => string;
	sectionParts: (s: Section, state: AssaultState) => LabelPart[];
	groupParts: (t: AssaultType, state: AssaultState) => LabelPart[];
}

/** The marks' corners in view order, each label's box by id, and the height they take. */
export interface Placed {
	marks: { x: number; y: number }[];
	labels: Map<string, { x: number; y: number; width: number }>;
	height: number;
}

/** The cell side for a width: about 12px on phones, 16px wider, filling the width exactly. */
export function cellFor(width: number): number {
	const target = width < 480 ? 12 : 16;
	return width / Math.max(20, Math.floor(width / target));
}

/** How many lines a run of parts takes at this width, wrapping between parts. */
export function partLines(parts: LabelPart[], width: number): number {
	let lines = 1;
	let used = 0;
	for (const p of parts) {
		const w = (p.swatch ? METRICS.swatch : 0) + p.text.length * METRICS.char;
		if (used > 0 && used + METRICS.partGap + w > width) {
			lines += 1;
			used = 0;
		}
		if (w > width) {
			lines += Math.ceil(w / width) - 1;
			used = w % width;
		} else used += (used > 0 ? METRICS.partGap : 0) + w;
	}
	return lines;
}

const titleLines = (text: string, width: number, char: number) =>
	Math.max(1, Math.ceil((text.length * char) / width));
/** The most lines any state's parts take. */
const mostLines = (parts: (state: AssaultState) => LabelPart[], width: number) =>
	Math.max(...STATES.map((s) => partLines(parts(s), width)));

/** Places marks and labels top to bottom, section by section. */
class Placement {
	private marks: Placed['marks'] = [];
	private labels: Placed['labels'] = new Map();
	private y = 0;
	private readonly width: number;
	private readonly cell: number;
	private readonly texts: LabelTexts;
	private readonly cols: number;
	private readonly inset: number;
	/** Small weapon types share a row, one slot each. */
	private readonly slots: number;
	private readonly slotW: number;
	private readonly slotCols: number;

	constructor(width: number, cell: number, texts: LabelTexts) {
		this.width = width;
		this.cell = cell;
		this.texts = texts;
		this.cols = Math.round(width / cell);
		this.inset = (cell - cell * MARK_FILL) / 2;
		this.slots = Math.max(2, Math.floor(width / SLOT_MIN));
		this.slotW = width / this.slots;
		this.slotCols = Math.max(1, Math.floor(this.slotW / cell) - 1);
	}

	/** `count` marks in rows of `c` from (x0, y0); returns the height they take. */
	private grid(count: number, x0: number, y0: number, c: number): number {
		const { cell, inset } = this;
		for (let i = 0; i < count; i++)
			this.marks.push({ x: x0 + (i % c) * cell + inset, y: y0 + Math.floor(i / c) * cell + inset });
		return Math.ceil(count / c) * cell;
	}

	private groupLabelHeight(t: AssaultType, w: number): number {
		return (
			titleLines(this.texts.groupTitle(t), w, METRICS.charGroupTitle) * METRICS.line +
			mostLines((s) => this.texts.groupParts(t, s), w) * METRICS.line +
			LABEL_GAP
		);
	}

	section(s: Section, grouped: boolean) {
		const { width, texts } = this;
		const labelH =
			METRICS.sectionRule +
			METRICS.sectionTitle * titleLines(texts.sectionTitle(s), width, METRICS.charTitle) +
			mostLines((st) => texts.sectionParts(s, st), width) * METRICS.line +
			LABEL_GAP;
		this.labels.set(sectionId(s.kind), { x: 0, y: this.y, width });
		this.y += labelH + LABEL_GAP;
		if (!grouped) {
			this.y += this.grid(s.launched, 0, this.y, this.cols) + SECTION_GAP;
			return;
		}
		this.groups(s.types);
		this.y += SECTION_GAP - GROUP_GAP;
	}

	/** A large type spans the width; small ones fill rows of slots. */
	private groups(types: AssaultType[]) {
		let row: AssaultType[] = [];
		for (const t of types) {
			if (t.launched > this.slotCols * 2) {
				this.row(row);
				row = [];
				const lh = this.groupLabelHeight(t, this.width);
				this.labels.set(groupId(t), { x: 0, y: this.y, width: this.width });
				this.y += lh + this.grid(t.launched, 0, this.y + lh, this.cols) + GROUP_GAP;
			} else {
				row.push(t);
				if (row.length === this.slots) {
					this.row(row);
					row = [];
				}
			}
		}
		this.row(row);
	}

	/** A row of small types side by side, as tall as the tallest. */
	private row(row: AssaultType[]) {
		if (!row.length) return;
		const w = this.slotW - 8;
		const heights = row.map((t, i) => {
			const x = i * this.slotW;
			const lh = this.groupLabelHeight(t, w);
			this.labels.set(groupId(t), { x, y: this.y, width: w });
			return lh + this.grid(t.launched, x, this.y + lh, this.slotCols);
		});
		this.y += Math.max(...heights) + GROUP_GAP;
	}

	done(): Placed {
		return { marks: this.marks, labels: this.labels, height: Math.ceil(this.y - SECTION_GAP) };
	}
}

/** Places every mark and label for a grouping: whole sections, or weapon types. */
export function place(
	secs: Section[],
	grouped: boolean,
	width: number,
	cell: number,
	texts: LabelTexts
): Placed {
	const p = new Placement(width, cell, texts);
	for (const s of secs) p.section(s, grouped);
	return p.done();
}
