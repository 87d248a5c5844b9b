import type { Say } from '$lib/content/words';
import { format } from 'd3-format';
import { formatDate, formatFigure } from '$lib/data/format';
import type { ChartViewBase } from '../types';
import type { AssaultData, AssaultType } from './data.server';
import type { STATES } from './index';

export type AssaultState = (typeof STATES)[number];

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
	title: string;
	parts: LabelPart[];
	/** 1 when shown, 0 when hidden in this state (the array is the same in every state). */
	opacity: number;
}

/** The width the marks are laid out for; the component measures it, SSR uses the default. */
export interface AssaultLayout {
	width: number;
}
export const DEFAULT_LAYOUT: AssaultLayout = { width: 600 };

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
const MARK_FILL = 0.78;

const n = format(',');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const CATEGORY_ORDER: Record<AssaultType['category'], number> = {
	'cruise missile': 0,
	'ballistic missile': 1,
	UAV: 2
};

interface Section {
	kind: Kind;
	types: AssaultType[];
	launched: number;
	destroyed: number;
	lost: number;
	unstopped: number;
}

/** Missiles then drones; within each, cruise before ballistic, larger groups first. */
function sections(data: AssaultData): Section[] {
	const order = data.types
		.map((t, i) => ({ t, i }))
		.sort(
			(a, b) =>
				CATEGORY_ORDER[a.t.category] - CATEGORY_ORDER[b.t.category] ||
				b.t.launched - a.t.launched ||
				a.i - b.i
		)
		.map((d) => d.t);
	return (['missile', 'drone'] as const).map((kind) => {
		const types = order.filter((t) => t.kind === kind);
		const sum = (f: (t: AssaultType) => number) => types.reduce((s, t) => s + f(t), 0);
		const launched = sum((t) => t.launched);
		const destroyed = sum((t) => t.destroyed);
		const lost = sum((t) => t.lostInFlight);
		return { kind, types, launched, destroyed, lost, unstopped: launched - destroyed - lost };
	});
}

function fatesOf(t: AssaultType): Fate[] {
	const unstopped = t.launched - t.destroyed - t.lostInFlight;
	return [
		...Array<Fate>(t.destroyed).fill('destroyed'),
		...Array<Fate>(t.lostInFlight).fill('lost'),
		...Array<Fate>(unstopped).fill('unstopped')
	];
}

const nouns = (kind: Kind, count: number) =>
	kind === 'missile' ? plural(count, 'missile', 'missiles') : plural(count, 'drone', 'drones');

function categoryWords(t: AssaultType): string {
	if (t.category === 'UAV') return nouns('drone', t.launched);
	return `${t.category}${t.launched === 1 ? '' : 's'}`;
}

// ---- Label texts, per state ----

function sectionTitle(data: AssaultData, s: Section): string {
	const fig = s.kind === 'missile' ? data.reported.missiles : data.reported.drones;
	return `One report: ${formatFigure(fig)} ${nouns(s.kind, fig.value)}`;
}

function fateParts(s: { destroyed: number; lost: number; unstopped: number }): LabelPart[] {
	return [
		{ text: `${n(s.destroyed)} shot down`, swatch: 'destroyed' as const },
		...(s.lost > 0 ? [{ text: `${n(s.lost)} lost in flight`, swatch: 'lost' as const }] : []),
		{ text: `${n(s.unstopped)} not reported stopped`, swatch: 'unstopped' as const }
	];
}

function sectionParts(s: Section, state: AssaultState): LabelPart[] {
	if (state === 'all') return [{ text: `Dataset: ${n(s.launched)}, one mark each`, swatch: null }];
	if (state === 'by-type') {
		const types = s.types.length;
		return [
			{
				text:
					types > 1
						? `Dataset: ${n(s.launched)}, in ${types} entries`
						: `Dataset: ${n(s.launched)}, one entry`,
				swatch: null
			}
		];
	}
	return fateParts(s);
}

function groupParts(t: AssaultType, state: AssaultState): LabelPart[] {
	if (state === 'shot-down')
		return [{ text: `${n(t.destroyed)} of ${n(t.launched)} shot down`, swatch: null }];
	return [{ text: `${n(t.launched)} ${categoryWords(t)}`, swatch: null }];
}

// ---- Layout ----

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

interface Placed {
	marks: { x: number; y: number }[];
	labels: Map<string, { x: number; y: number; width: number }>;
	height: number;
}

/** Places every mark and label for the state's grouping: whole sections, or types. */
function place(
	data: AssaultData,
	secs: Section[],
	grouped: boolean,
	width: number,
	cell: number
): Placed {
	const cols = Math.round(width / cell);
	const size = cell * MARK_FILL;
	const inset = (cell - size) / 2;
	const slots = Math.max(2, Math.floor(width / SLOT_MIN));
	const slotW = width / slots;
	const slotCols = Math.max(1, Math.floor(slotW / cell) - 1);
	const marks: Placed['marks'] = [];
	const labels: Placed['labels'] = new Map();
	const grid = (count: number, x0: number, y0: number, c: number) => {
		for (let i = 0; i < count; i++)
			marks.push({ x: x0 + (i % c) * cell + inset, y: y0 + Math.floor(i / c) * cell + inset });
		return Math.ceil(count / c) * cell;
	};
	const allStates: AssaultState[] = ['all', 'by-type', 'shot-down'];
	const groupLabelH = (t: AssaultType, w: number) =>
		titleLines(t.weapon, w, METRICS.charGroupTitle) * METRICS.line +
		Math.max(...allStates.map((s) => partLines(groupParts(t, s), w))) * METRICS.line +
		LABEL_GAP;

	let y = 0;
	for (const s of secs) {
		const secLabelH =
			METRICS.sectionRule +
			METRICS.sectionTitle * titleLines(sectionTitle(data, s), width, METRICS.charTitle) +
			Math.max(...allStates.map((st) => partLines(sectionParts(s, st), width))) * METRICS.line +
			LABEL_GAP;
		labels.set(`section-${s.kind}`, { x: 0, y, width });
		y += secLabelH + LABEL_GAP;
		if (!grouped) {
			y += grid(s.launched, 0, y, cols) + SECTION_GAP;
			continue;
		}
		let row: AssaultType[] = [];
		const flush = () => {
			if (!row.length) return;
			const heights = row.map((t, i) => {
				const x = i * slotW;
				const lh = groupLabelH(t, slotW - 8);
				labels.set(`group-${slug(t.weapon)}`, { x, y, width: slotW - 8 });
				return lh + grid(t.launched, x, y + lh, slotCols);
			});
			y += Math.max(...heights) + GROUP_GAP;
			row = [];
		};
		for (const t of s.types) {
			if (t.launched > slotCols * 2) {
				flush();
				const lh = groupLabelH(t, width);
				labels.set(`group-${slug(t.weapon)}`, { x: 0, y, width });
				y += lh + grid(t.launched, 0, y + lh, cols) + GROUP_GAP;
			} else {
				row.push(t);
				if (row.length === slots) flush();
			}
		}
		flush();
		y += SECTION_GAP - GROUP_GAP;
	}
	return { marks, labels, height: Math.ceil(y - SECTION_GAP) };
}

/** The cell side for a width: about 12px on phones, 16px wider, filling the width exactly. */
export function cellFor(width: number): number {
	const target = width < 480 ? 12 : 16;
	return width / Math.max(20, Math.floor(width / target));
}

// ---- The view ----

export function assaultView(
	data: AssaultData,
	state: AssaultState,
	say: Say,
	layout: AssaultLayout = DEFAULT_LAYOUT
): AssaultView {
	const width = Math.max(280, Math.round(layout.width));
	const cell = cellFor(width);
	const secs = sections(data);
	const grouped = place(data, secs, true, width, cell);
	const placed = state === 'all' ? place(data, secs, false, width, cell) : grouped;
	const size = cell * MARK_FILL;

	const marks: AssaultMark[] = secs
		.flatMap((s) => s.types.flatMap((t) => fatesOf(t).map((fate) => ({ t, fate }))))
		.map(({ t, fate }, i) => ({
			weapon: t.weapon,
			kind: t.kind,
			fate,
			style: state === 'shot-down' ? fate : 'plain',
			x: placed.marks[i].x,
			y: placed.marks[i].y,
			size
		}));

	const labels: AssaultLabel[] = secs.flatMap((s) => [
		{
			id: `section-${s.kind}`,
			level: 'section' as const,
			kind: s.kind,
			...placed.labels.get(`section-${s.kind}`)!,
			title: sectionTitle(data, s),
			parts: sectionParts(s, state),
			opacity: 1
		},
		...s.types.map((t) => ({
			id: `group-${slug(t.weapon)}`,
			level: 'group' as const,
			kind: t.kind,
			...grouped.labels.get(`group-${slug(t.weapon)}`)!,
			title: t.weapon,
			parts: groupParts(t, state),
			opacity: state === 'all' ? 0 : 1
		}))
	]);

	const [missiles, drones] = secs;
	const { reported } = data;
	const date = formatDate(data.date);
	const list = (ts: AssaultType[]) => ts.map((t) => `${n(t.launched)} ${t.weapon}`).join(', ');
	// An entry such as "Kh-101/Kalibr" lumps two types together: say how many do.
	const combined = (ts: AssaultType[]) => {
		const k = ts.filter((t) => t.weapon.includes('/')).length;
		return k ? `${k} of which combine two types` : 'one type each';
	};
	const summaries: Record<AssaultState, string> = {
		all: `In the attack one undated report describes, Russia fired ${formatFigure(reported.missiles)} missiles and ${formatFigure(reported.drones)} drones. The dataset of Air Force reports dates an attack with ${n(missiles.launched)} missiles and ${n(drones.launched)} drones to ${date}, so we date the report's attack to that day; they are drawn here one mark per weapon.`,
		'by-type': `The dataset lists the ${n(missiles.launched)} missiles in ${missiles.types.length} entries, ${combined(missiles.types)}: ${list(missiles.types)}. The ${n(drones.launched)} drones were all ${drones.types.map((t) => t.weapon).join(' and ')}.`,
		'shot-down': `The dataset reports ${n(missiles.destroyed)} of the ${n(missiles.launched)} missiles shot down and ${n(missiles.unstopped)} not reported stopped. Of the ${n(drones.launched)} drones, ${n(drones.destroyed)} were shot down, ${n(drones.lost)} were lost in flight and ${n(drones.unstopped)} were not reported stopped.`
	};

	const sources = [
		...new Set([
			reported.missiles.source,
			reported.drones.source,
			...data.types.flatMap((t) => [t.source, t.categorySource]),
			...(state === 'shot-down'
				? [
						data.fates.missilesDestroyed.source,
						data.fates.dronesDestroyed.source,
						data.fates.dronesLost.source
					]
				: [])
		])
	];

	return {
		width,
		height: placed.height,
		cell,
		marks,
		labels,
		summary: summaries[state],
		table: table(data, secs, state),
		sources
	};
}

function table(data: AssaultData, secs: Section[], state: AssaultState): AssaultView['table'] {
	const caption = `Weapons of Russia's attack of ${formatDate(data.date)}`;
	const reportedOf = (s: Section) =>
		formatFigure(s.kind === 'missile' ? data.reported.missiles : data.reported.drones);
	const totalName = (s: Section) => (s.kind === 'missile' ? 'All missiles' : 'All drones');
	if (state === 'all')
		return {
			caption,
			columns: [
				{ key: 'weapons', label: 'Weapons' },
				{ key: 'reported', label: 'Reported figure' },
				{ key: 'dataset', label: 'In the dataset', numeric: true }
			],
			rows: secs.map((s) => ({
				weapons: s.kind === 'missile' ? 'Missiles' : 'Drones',
				reported: reportedOf(s),
				dataset: s.launched
			}))
		};
	const fates = state === 'shot-down';
	return {
		caption: fates ? `${caption}, and what became of them` : `${caption}, by type`,
		columns: [
			{ key: 'weapon', label: 'Weapon' },
			{ key: 'category', label: 'Category' },
			{ key: 'launched', label: 'Launched (dataset)', numeric: true },
			...(fates
				? [
						{ key: 'destroyed', label: 'Shot down', numeric: true },
						{ key: 'lost', label: 'Lost in flight', numeric: true },
						{ key: 'unstopped', label: 'Not reported stopped', numeric: true }
					]
				: []),
			{ key: 'reported', label: 'Reported figure' }
		],
		rows: secs.flatMap((s) => [
			...s.types.map((t) => ({
				weapon: t.weapon,
				category: t.category,
				launched: t.launched,
				...(fates
					? {
							destroyed: t.destroyed,
							lost: t.lostInFlight,
							unstopped: t.launched - t.destroyed - t.lostInFlight
						}
					: {}),
				reported: ''
			})),
			{
				weapon: totalName(s),
				category: '',
				launched: s.launched,
				...(fates ? { destroyed: s.destroyed, lost: s.lost, unstopped: s.unstopped } : {}),
				reported: reportedOf(s)
			}
		])
	};
}
