// The assault chart's pure view: one mark per weapon launched in the attack, grouped and
// styled per state, with labels, summary, table and sources, laid out for a width.
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import type { AssaultData, AssaultType } from './data.server';
import { COMPACT, DEFAULT_LAYOUT, MARK_FILL, cellFor, place, type AssaultLayout } from './layout';
import { assaultLabels, labelTexts } from './labels';
import { fatesOf, sections, type Section } from './sections';
import { assaultSummary } from './summary';
import { assaultTable } from './table';
import type { AssaultState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { AssaultState };

/** What became of one weapon, as the dataset reports it. */
export type Fate = 'destroyed' | 'lost' | 'unstopped';
/** How a mark is drawn: plain, or by its fate in the shot-down state. */
export type MarkStyle = 'plain' | Fate;
export type Kind = AssaultType['kind'];

/** One weapon: a square for a missile, a circle for a drone. Positions in px of the layout. */
export interface AssaultMark {
	weapon: string;
	kind: Kind;
	fate: Fate;
	style: MarkStyle;
	/** Top-left corner and side of the mark. */
	x: number;
	y: number;
	size: number;
}

/** One phrase of a label's second line, with a key swatch drawn like the marks it counts. */
export interface LabelPart {
	text: string;
	swatch: MarkStyle | null;
}

/** A section (missiles, drones) or weapon-type label, written above its marks. */
export interface AssaultLabel {
	id: string;
	level: 'section' | 'group';
	/** Whether the swatches are drones (round) or missiles (square). */
	kind: Kind;
	x: number;
	y: number;
	width: number;
	/** The title and its parts written on one line (the compact layout), not one under the other. */
	inline: boolean;
	/** Set in the compact layout (a phone), whose type is set tighter. */
	compact?: boolean;
	title: string;
	parts: LabelPart[];
	/** 1 when shown, 0 when hidden in this state (the array is the same in every state). */
	opacity: number;
}

export interface AssaultView extends ChartViewBase {
	/** The layout box in px: the graphic keeps this aspect ratio. */
	width: number;
	height: number;
	cell: number;
	/** One per weapon launched, in the same order in every state. */
	marks: AssaultMark[];
	/** The same labels, in the same order, in every state. */
	labels: AssaultLabel[];
}

/** Every weapon's mark at its place; in shot-down, styled by its fate. */
function marksOf(
	secs: Section[],
	state: AssaultState,
	corners: { x: number; y: number }[],
	size: number
): AssaultMark[] {
	return secs
		.flatMap((s) => s.types.flatMap((t) => fatesOf(t).map((fate) => ({ t, fate }))))
		.map(({ t, fate }, i) => ({
			weapon: t.weapon,
			kind: t.kind,
			fate,
			style: state === 'shot-down' ? fate : 'plain',
			x: corners[i].x,
			y: corners[i].y,
			size
		}));
}

/** The reports and the breakdown always; the fate figures where the state shows fates. */
function sourcesOf(data: AssaultData, state: AssaultState): string[] {
	const { reported, fates } = data;
	return [
		...new Set([
			reported.missiles.source,
			reported.drones.source,
			...data.types.flatMap((t) => [t.source, t.categorySource]),
			...(state === 'shot-down'
				? [fates.missilesDestroyed.source, fates.dronesDestroyed.source, fates.dronesLost.source]
				: [])
		])
	];
}

export function assaultView(
	data: AssaultData,
	state: AssaultState,
	say: Say,
	layout: AssaultLayout = DEFAULT_LAYOUT
): AssaultView {
	const width = Math.max(280, Math.round(layout.width));
	const cell = cellFor(width);
	const secs = sections(data);
	const texts = labelTexts(data, say, width < COMPACT);
	// Type labels keep their grouped places in every state, so they fade in where they belong.
	const grouped = place(secs, true, width, cell, texts);
	const placed = state === 'all' ? place(secs, false, width, cell, texts) : grouped;
	return {
		width,
		height: placed.height,
		cell,
		marks: marksOf(secs, state, placed.marks, cell * MARK_FILL),
		labels: assaultLabels(secs, state, texts, placed, grouped).map((l) => ({
			...l,
			compact: width < COMPACT
		})),
		summary: assaultSummary(data, secs, state, say),
		table: assaultTable(data, secs, state, say),
		sources: sourcesOf(data, state)
	};
}
