// Where every mark and label goes at a width: a grid of cells, one mark per weapon, each
// section (and, when grouped, each weapon type) under a label with room for its longest words.
import type { AssaultType } from './data.server';
import { STATES } from './index';
import { groupId, sectionId, type Section } from './sections';
import type { AssaultState, LabelPart } from './view';
import { COMPACT_METRICS, METRICS, partLines, inlineLines } from './metrics';

export { COMPACT_METRICS, METRICS, partLines, inlineLines };

/** The width the marks are laid out for; the plot measures it, the server uses the default. */
export interface AssaultLayout {
	width: number;
}
export const DEFAULT_LAYOUT: AssaultLayout = { width: 600 };

const LABEL_GAP = 4;
const SLOT_MIN = 170;
/**
 * Below this width (a phone) the chart takes its compact layout, to fit the top band at full
 * text size: smaller marks, a weapon type's name and count on one line, and small types listed
 * one a line, each beside a block of its marks, rather than in slots under two-line labels.
 */
export const COMPACT = 480;
/** A listed type's marks: a block this many marks wide, two rows as tall as one line. */
const LIST_COLS = 4;
const gaps = (compact: boolean) =>
	compact ? { group: 6, section: 14, list: 2 } : { group: 14, section: 26, list: 0 };
/** The type metrics a width's layout uses. */
export const metricsFor = (width: number) => (width < COMPACT ? COMPACT_METRICS : METRICS);
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

/** A label's place; `inline` writes its title and parts on one line, `hidden` never shows it. */
export interface LabelBox {
	x: number;
	y: number;
	width: number;
	inline: boolean;
	hidden?: boolean;
}

/** The marks' corners in view order, each label's box by id, and the height they take. */
export interface Placed {
	marks: { x: number; y: number }[];
	labels: Map<string, LabelBox>;
	height: number;
}

/** The cell side for a width: about 9px on phones, 16px wider, filling the width exactly. */
export function cellFor(width: number): number {
	const target = width < COMPACT ? 8 : 16;
	return width / Math.max(20, Math.floor(width / target));
}

const titleLines = (text: string, width: number, char: number) =>
	Math.max(1, Math.ceil((text.length * char) / width));
/** The most lines any state's parts take. */
const mostLines = (
	parts: (state: AssaultState) => LabelPart[],
	width: number,
	states: readonly AssaultState[] = STATES
) => Math.max(...states.map((s) => partLines(parts(s), width)));

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
	private readonly compact: boolean;
	private readonly gap: ReturnType<typeof gaps>;
	private readonly m: typeof METRICS | typeof COMPACT_METRICS;

	constructor(width: number, cell: number, texts: LabelTexts) {
		this.width = width;
		this.compact = width < COMPACT;
		this.gap = gaps(this.compact);
		this.m = metricsFor(width);
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
		const title = this.texts.groupTitle(t);
		if (this.compact)
			return (
				Math.max(...STATES.map((s) => inlineLines(title, this.texts.groupParts(t, s), w))) *
					this.m.line +
				LABEL_GAP
			);
		return (
			titleLines(this.texts.groupTitle(t), w, METRICS.charGroupTitle) * this.m.line +
			mostLines((s) => this.texts.groupParts(t, s), w) * this.m.line +
			LABEL_GAP
		);
	}

	/**
	 * The states whose words a section label makes room for: every state's, so it never moves;
	 * in the compact layout only those drawn with this grouping, as each grouping has its own.
	 */
	private statesOf(grouped: boolean): readonly AssaultState[] {
		if (!this.compact) return STATES;
		return STATES.filter((s) => (s !== 'all') === grouped);
	}

	section(s: Section, grouped: boolean) {
		const { width, texts } = this;
		const labelH =
			this.m.sectionRule +
			this.m.sectionTitle * titleLines(texts.sectionTitle(s), width, METRICS.charTitle) +
			mostLines((st) => texts.sectionParts(s, st), width, this.statesOf(grouped)) * this.m.line +
			LABEL_GAP;
		this.labels.set(sectionId(s.kind), { x: 0, y: this.y, width, inline: false });
		this.y += labelH + (this.compact ? 0 : LABEL_GAP);
		if (!grouped) {
			this.y += this.grid(s.launched, 0, this.y, this.cols) + this.gap.section;
			return;
		}
		this.groups(s.types);
		this.y += this.gap.section - this.gap.group;
	}

	/** A large type spans the width; small ones fill rows of slots. */
	private groups(types: AssaultType[]) {
		let row: AssaultType[] = [];
		const { compact } = this;
		// A section of one type (the drones) says its name itself: no label over its marks.
		if (compact && types.length === 1) {
			const [t] = types;
			this.labels.set(groupId(t), {
				x: 0,
				y: this.y,
				width: this.width,
				inline: true,
				hidden: true
			});
			this.y += this.grid(t.launched, 0, this.y, this.cols) + this.gap.group;
			return;
		}
		for (const t of types) {
			if (compact && t.launched <= LIST_COLS * 2) this.listed(t);
			else if (compact || t.launched > this.slotCols * 2) {
				this.row(row);
				row = [];
				const lh = this.groupLabelHeight(t, this.width);
				this.labels.set(groupId(t), { x: 0, y: this.y, width: this.width, inline: compact });
				this.y += lh + this.grid(t.launched, 0, this.y + lh, this.cols) + this.gap.group;
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

	/** A small type on a line of its own: its block of marks, then its name and count. */
	private listed(t: AssaultType) {
		const block = LIST_COLS * this.cell + 8;
		const w = this.width - block;
		const lh = this.groupLabelHeight(t, w) - LABEL_GAP;
		this.labels.set(groupId(t), { x: block, y: this.y, width: w, inline: true });
		const mh = this.grid(t.launched, 0, this.y, LIST_COLS);
		this.y += Math.max(lh, mh) + this.gap.list;
	}

	/** A row of small types side by side, as tall as the tallest. */
	private row(row: AssaultType[]) {
		if (!row.length) return;
		const w = this.slotW - 8;
		const heights = row.map((t, i) => {
			const x = i * this.slotW;
			const lh = this.groupLabelHeight(t, w);
			this.labels.set(groupId(t), { x, y: this.y, width: w, inline: false });
			return lh + this.grid(t.launched, x, this.y + lh, this.slotCols);
		});
		this.y += Math.max(...heights) + this.gap.group;
	}

	done(): Placed {
		return {
			marks: this.marks,
			labels: this.labels,
			height: Math.ceil(this.y - this.gap.section)
		};
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
