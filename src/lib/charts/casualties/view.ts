import type { Say } from '$lib/content/words';
import { scaleLinear } from 'd3-scale';
import { max, maxIndex, minIndex } from 'd3-array';
import { format } from 'd3-format';
import { formatDate, formatFigure, formatMonthShort, QUALIFIER_WORDS } from '$lib/data/format';
import type { ChartViewBase } from '../types';
import type { Amount, CasualtiesData } from './data.server';
import type { STATES } from './index';

export type CasualtiesState = (typeof STATES)[number];

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

export interface CasualtiesView extends ChartViewBase {
	blocks: PeopleBlock[];
	marks: PersonMark[];
	labels: PeopleLabel[];
	segments: MonthSegment[];
	/** The monthly axes' domains: the same in every state so columns grow in place. */
	months: string[];
	yMax: number;
	/** Axes and notes of the monthly columns; null when they are not shown. */
	monthly: {
		xTicks: { value: string; label: string; short: string }[];
		yTicks: number[];
		/** The month of the named attacks, labelled over its column. */
		focus: { month: string; value: number; text: string; short: string } | null;
		/** Columns drawn as a total only, labelled where there is room. */
		totalOnly: { month: string; value: number; text: string }[];
	} | null;
	/** A key in words, with the glyph each item is drawn with. */
	key: { kind: KeyKind; text: string }[];
	/** One line under the chart. */
	note: string;
}

const n = format(',');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "17 Nov" from 2024-11-17, "Nov 2024" from 2024-11. */
const shortPeriod = (iso: string) => {
	const [, , d] = iso.split('-');
	return d ? `${Number(d)} ${formatMonthShort(iso)}` : formatMonthShort(iso, true);
};
/** The attacks' reports are undated: each date shown is our inference (the note says how). */
const INFERRED = '(date inferred)';
export const INFERENCE_NOTE =
	'The reports are undated. Dates are inferred: the assault’s 120 missiles and 90 drones match the dataset’s attack of 17 Nov 2024; the other attacks are placed in that month.';

/** Dots per row in a block. */
const PER_ROW = 5;
/** Left edges of the three attacks, side by side, and how wide their text may run (%). */
const COLUMN_X = { assault: 0, sumy: 34, odesa: 68 } as const;
const COLUMN_WIDTH = 31;
/** Vertical layout of the side-by-side state, in lines of text and dot steps. */
const TITLE_LINES = 0;
const COUNT_LINES = 2.25;
const BLOCK_LINES = 4.6;
/** Words and dots under the killed blocks (after `killedRows` dot steps). */
const INJURED_COUNT_LINES = 4.95;
const INJURED_BLOCK_LINES = 7.35;
/** The single-attack state: one large row of dots. */
const SOLO = { titleLines: 5, countLines: 6.45, blockLines: 8.85, scale: 2 } as const;

function range(k: number): number[] {
	return Array.from({ length: k }, (_, i) => i);
}

export function casualtiesView(
	data: CasualtiesData,
	state: CasualtiesState,
	say: Say
): CasualtiesView {
	const { attacks, months } = data;
	const { assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured } = attacks;
	const people = state !== 'monthly';
	const solo = state === 'assault';

	// People marks: one per person the reports count, in the same order in every state.
	const assaultPerRow = solo ? assaultKilled.value : PER_ROW;
	const rowsOf = (k: number) => Math.ceil(k / PER_ROW);
	const killedRows = Math.max(
		rowsOf(assaultKilled.value),
		rowsOf(sumyKilled.value),
		rowsOf(odesaKilled.value)
	);
	const injuredCountLines = INJURED_COUNT_LINES;
	const injuredBlockLines = INJURED_BLOCK_LINES;

	const blocks: PeopleBlock[] = [
		{
			id: 'assault-killed',
			x: COLUMN_X.assault,
			lines: solo ? SOLO.blockLines : BLOCK_LINES,
			steps: 0,
			scale: solo ? SOLO.scale : 1,
			opacity: people ? 1 : 0,
			cols: assaultKilled.value,
			rows: rowsOf(assaultKilled.value)
		},
		{
			id: 'sumy-killed',
			x: COLUMN_X.sumy,
			lines: BLOCK_LINES,
			steps: 0,
			scale: 1,
			opacity: state === 'attacks' ? 1 : 0,
			cols: PER_ROW,
			rows: rowsOf(sumyKilled.value)
		},
		{
			id: 'odesa-killed',
			x: COLUMN_X.odesa,
			lines: BLOCK_LINES,
			steps: 0,
			scale: 1,
			opacity: state === 'attacks' ? 1 : 0,
			cols: PER_ROW,
			rows: rowsOf(odesaKilled.value)
		},
		{
			id: 'odesa-injured',
			x: COLUMN_X.odesa,
			lines: injuredBlockLines,
			steps: killedRows,
			scale: 1,
			opacity: state === 'attacks' ? 1 : 0,
			cols: PER_ROW,
			rows: rowsOf(odesaInjured.value)
		}
	];

	const firstChild = sumyKilled.value - sumyChildrenKilled.value;
	const marks: PersonMark[] = [
		...range(assaultKilled.value).map((i) => ({
			id: `assault-killed-${i + 1}`,
			block: 'assault-killed' as const,
			kind: 'killed' as const,
			child: false,
			col: i % assaultPerRow,
			row: Math.floor(i / assaultPerRow)
		})),
		...range(sumyKilled.value).map((i) => ({
			id: `sumy-killed-${i + 1}`,
			block: 'sumy-killed' as const,
			kind: 'killed' as const,
			child: i >= firstChild,
			col: i % PER_ROW,
			row: Math.floor(i / PER_ROW)
		})),
		...range(odesaKilled.value).map((i) => ({
			id: `odesa-killed-${i + 1}`,
			block: 'odesa-killed' as const,
			kind: 'killed' as const,
			child: false,
			col: i % PER_ROW,
			row: Math.floor(i / PER_ROW)
		})),
		...range(odesaInjured.value).map((i) => ({
			id: `odesa-injured-${i + 1}`,
			block: 'odesa-injured' as const,
			kind: 'injured' as const,
			child: false,
			col: i % PER_ROW,
			row: Math.floor(i / PER_ROW)
		}))
	];

	// The words of each attack, built from its figures.
	const killed = (f: Amount) => `${cap(formatFigure(f))} killed`;
	const injured = `${cap(formatFigure(odesaInjured))} injured`;
	const assaultDate = assaultKilled.period;
	const openEnd = (f: Amount) => (f.qualifier === 'at least' || f.qualifier === 'over' ? '+' : '');
	const lastCol = (k: number, perRow: number) => ((k - 1) % perRow) + 1;
	const lastRow = (k: number, perRow: number) => Math.floor((k - 1) / perRow);

	const label = (l: Omit<PeopleLabel, 'short' | 'dx' | 'width'> & Partial<PeopleLabel>) => ({
		short: l.text,
		dx: 0,
		width: COLUMN_WIDTH,
		...l
	});
	const assaultOpen = openEnd(assaultKilled);
	const labels: PeopleLabel[] =
		state === 'assault'
			? [
					label({
						id: 'assault-title',
						role: 'title',
						text: `Russia's assault of ${formatDate(assaultDate)} ${INFERRED}`,
						short: `Assault of ${shortPeriod(assaultDate)} ${INFERRED}`,
						x: COLUMN_X.assault,
						lines: SOLO.titleLines,
						steps: 0,
						width: 100
					}),
					label({
						id: 'assault-count',
						role: 'lead',
						text: killed(assaultKilled),
						x: COLUMN_X.assault,
						lines: SOLO.countLines,
						steps: 0,
						width: 100
					}),
					...(assaultOpen
						? [
								label({
									id: 'assault-open',
									role: 'open',
									text: assaultOpen,
									x: COLUMN_X.assault,
									lines: SOLO.blockLines,
									steps: SOLO.scale / 2,
									dx: assaultKilled.value * SOLO.scale,
									width: 10
								}),
								label({
									id: 'assault-note',
									role: 'note',
									text: `“${cap(QUALIFIER_WORDS[assaultKilled.qualifier])}”: the report gives a minimum, so the full toll may be higher.`,
									x: COLUMN_X.assault,
									lines: SOLO.blockLines + 0.6,
									steps: SOLO.scale * Math.ceil(assaultKilled.value / assaultPerRow),
									width: 100
								})
							]
						: [])
				]
			: state === 'attacks'
				? [
						label({
							id: 'assault-title',
							role: 'title',
							text: `Russia's assault, ${shortPeriod(assaultDate)}*`,
							short: `Assault, ${shortPeriod(assaultDate)}*`,
							x: COLUMN_X.assault,
							lines: TITLE_LINES,
							steps: 0
						}),
						label({
							id: 'assault-count',
							role: 'count',
							text: killed(assaultKilled),
							x: COLUMN_X.assault,
							lines: COUNT_LINES,
							steps: 0
						}),
						...(assaultOpen
							? [
									label({
										id: 'assault-open',
										role: 'open',
										text: assaultOpen,
										x: COLUMN_X.assault,
										lines: BLOCK_LINES,
										steps: lastRow(assaultKilled.value, PER_ROW) + 0.5,
										dx: lastCol(assaultKilled.value, PER_ROW),
										width: 10
									})
								]
							: []),
						label({
							id: 'sumy-title',
							role: 'title',
							text: `Later attacks on the Sumy region, ${shortPeriod(sumyKilled.period)}*`,
							short: 'Sumy region*',
							x: COLUMN_X.sumy,
							lines: TITLE_LINES,
							steps: 0
						}),
						label({
							id: 'sumy-count',
							role: 'count',
							text: killed(sumyKilled),
							x: COLUMN_X.sumy,
							lines: COUNT_LINES,
							steps: 0
						}),
						label({
							id: 'sumy-children',
							role: 'count',
							text: `${formatFigure(sumyChildrenKilled)} of them children (smaller dots)`,
							short: `${formatFigure(sumyChildrenKilled)} of them children`,
							x: COLUMN_X.sumy,
							lines: injuredCountLines,
							steps: killedRows
						}),
						label({
							id: 'odesa-title',
							role: 'title',
							text: `Strike on Odesa, ${shortPeriod(odesaKilled.period)}*`,
							short: 'Odesa strike*',
							x: COLUMN_X.odesa,
							lines: TITLE_LINES,
							steps: 0
						}),
						label({
							id: 'odesa-count',
							role: 'count',
							text: killed(odesaKilled),
							x: COLUMN_X.odesa,
							lines: COUNT_LINES,
							steps: 0
						}),
						label({
							id: 'odesa-injured-count',
							role: 'count',
							text: injured,
							x: COLUMN_X.odesa,
							lines: injuredCountLines,
							steps: killedRows
						})
					]
				: [];

	// The UN's months, stacked killed under injured; a month with a total only is one piece.
	const y = scaleLinear()
		.domain([0, max(months, (m) => m.total) ?? 0])
		.nice(4);
	const attackMonths = new Set(
		[assaultKilled, sumyKilled, odesaKilled, odesaInjured].map((f) => f.period.slice(0, 7))
	);
	const show = state === 'monthly';
	const segments: MonthSegment[] = months.flatMap((m): MonthSegment[] => {
		const focus = show && attackMonths.has(m.month);
		const at = (v: number) => (show ? v : 0);
		if (m.killed === null || m.injured === null)
			return [
				{
					id: `${m.month}-total`,
					month: m.month,
					part: 'total' as const,
					y0: 0,
					y1: at(m.total),
					focus
				}
			];
		return [
			{
				id: `${m.month}-killed`,
				month: m.month,
				part: 'killed' as const,
				y0: 0,
				y1: at(m.killed),
				focus
			},
			{
				id: `${m.month}-injured`,
				month: m.month,
				part: 'injured' as const,
				y0: at(m.killed),
				y1: at(m.total),
				focus
			}
		];
	});
	const totalOnly = months.filter((m) => m.killed === null || m.injured === null);
	const focusMonth = months.find((m) => attackMonths.has(m.month) && m.killed !== null);
	const first = months[0];
	const last = months[months.length - 1];
	const lo = months[minIndex(months, (m) => m.total)];
	const hi = months[maxIndex(months, (m) => m.total)];
	const splitText = (m: (typeof months)[number]) =>
		`${n(m.killed ?? 0)} killed, ${n(m.injured ?? 0)} injured`;

	const monthly: CasualtiesView['monthly'] = show
		? {
				xTicks: months.map((m) => ({
					value: m.month,
					label: formatMonthShort(m.month),
					short: formatMonthShort(m.month).slice(0, 1)
				})),
				yTicks: y.ticks(4),
				focus: focusMonth
					? {
							month: focusMonth.month,
							value: focusMonth.total,
							text: `${formatDate(focusMonth.month)}, the month we infer for the attacks two reports name: at least ${splitText(focusMonth)}`,
							short: `${formatMonthShort(focusMonth.month)}: ${splitText(focusMonth)}`
						}
					: null,
				totalOnly: totalOnly.map((m) => ({ month: m.month, value: m.total, text: 'Total only' }))
			}
		: null;

	const nextMonth = (iso: string) => {
		const [yy, mm] = iso.split('-').map(Number);
		return mm === 12 ? `${yy + 1}-01` : `${yy}-${String(mm + 1).padStart(2, '0')}`;
	};
	const totalOnlyNames = totalOnly.map((m) => formatDate(m.month).split(' ')[0]);
	const key: CasualtiesView['key'] =
		state === 'assault'
			? [{ kind: 'person-killed', text: 'One person killed' }]
			: state === 'attacks'
				? [
						{ kind: 'person-killed', text: 'One person killed' },
						{ kind: 'person-child', text: 'A child killed' },
						{ kind: 'person-injured', text: 'One person injured' }
					]
				: [
						{ kind: 'killed', text: 'Killed' },
						{ kind: 'injured', text: 'Injured' },
						...(totalOnly.length
							? [{ kind: 'total' as const, text: `Total only (${totalOnlyNames.join(', ')})` }]
							: [])
					];
	const note = show
		? [
				'Civilians verified by the UN Human Rights Monitoring Mission: minimums, as only verified cases are counted.',
				...(totalOnly.length
					? [
							`${totalOnlyNames.join(', ')}: total only; no split into killed and injured was published.`
						]
					: []),
				`The series ends in ${formatDate(last.month)}; there is no ${formatDate(nextMonth(last.month))} figure.`
			].join(' ')
		: `Counts as two undated reports give them, with their own “at least” and “almost”. ${state === 'attacks' ? '* ' : ''}${INFERENCE_NOTE}`;

	// Words for screen readers: the figures of this state, with their qualifiers.
	const sumySentence = `${formatFigure(sumyKilled)} killed, ${formatFigure(sumyChildrenKilled)} of them children, in later attacks on the Sumy region`;
	const odesaSentence = `${formatFigure(odesaKilled)} killed and ${formatFigure(odesaInjured)} injured in a strike on Odesa`;
	const summaries: Record<CasualtiesState, string> = {
		assault: `One undated report counts ${formatFigure(assaultKilled)} people killed in Russia's assault, which we date to ${formatDate(assaultDate)} because the dataset's attack of that day matches its 120 missiles and 90 drones. That is a minimum: the full toll may be higher. Each dot is one person.`,
		attacks: `Two undated reports name three attacks: ${formatFigure(assaultKilled)} people killed in Russia's assault, dated by inference to ${formatDate(assaultDate)}; ${sumySentence}; and ${odesaSentence}. The later two are placed in ${formatDate(sumyKilled.period)} by inference too. Each dot is one person.`,
		monthly: `The UN Human Rights Monitoring Mission verified from ${n(lo.total)} (${formatDate(lo.month)}) to ${n(hi.total)} (${formatDate(hi.month)}) civilians killed or injured a month in 2024, ${formatDate(first.month)} to ${formatDate(last.month)}; each count is a minimum.${focusMonth ? ` In ${formatDate(focusMonth.month)}, the month we infer for the attacks two reports name, it counted at least ${splitText(focusMonth)}.` : ''}${totalOnly.length ? ` For ${totalOnly.map((m) => formatDate(m.month)).join(' and ')} it published only a total (${totalOnly.map((m) => n(m.total)).join(', ')}), not split into killed and injured.` : ''} The series ends in ${formatDate(last.month)}.`
	};

	const attackRows = [
		{
			attack: "Russia's assault",
			date: `${formatDate(assaultDate)} (inferred)`,
			killed: formatFigure(assaultKilled),
			children: null,
			injured: null
		},
		{
			attack: 'Later attacks on the Sumy region',
			date: `${formatDate(sumyKilled.period)} (inferred)`,
			killed: formatFigure(sumyKilled),
			children: formatFigure(sumyChildrenKilled),
			injured: null
		},
		{
			attack: 'Strike on Odesa',
			date: `${formatDate(odesaKilled.period)} (inferred)`,
			killed: formatFigure(odesaKilled),
			children: null,
			injured: formatFigure(odesaInjured)
		}
	];
	const table: CasualtiesView['table'] =
		state === 'monthly'
			? {
					caption: `Civilians killed and injured in Ukraine per month, ${formatDate(first.month)} to ${formatDate(last.month)}, verified by the UN Human Rights Monitoring Mission (minimums)`,
					columns: [
						{ key: 'month', label: 'Month' },
						{ key: 'killed', label: 'Killed', numeric: true },
						{ key: 'injured', label: 'Injured', numeric: true },
						{ key: 'total', label: 'Total', numeric: true },
						{ key: 'note', label: 'Note' }
					],
					rows: months.map((m) => ({
						month: formatDate(m.month),
						killed: m.killed,
						injured: m.injured,
						total: m.total,
						note:
							m.killed === null || m.injured === null
								? 'Total only: killed and injured not published separately'
								: ''
					}))
				}
			: {
					caption:
						state === 'assault'
							? `People killed in Russia's assault of ${formatDate(assaultDate)} (date inferred), as one report gives them`
							: 'People killed and injured in the attacks two undated reports name (dates inferred)',
					columns: [
						{ key: 'attack', label: 'Attack' },
						{ key: 'date', label: 'When' },
						{ key: 'killed', label: 'Killed' },
						...(state === 'attacks'
							? [
									{ key: 'children', label: 'Of them children' },
									{ key: 'injured', label: 'Injured' }
								]
							: [])
					],
					rows:
						state === 'assault'
							? attackRows.slice(0, 1).map(({ attack, date, killed }) => ({ attack, date, killed }))
							: attackRows
				};

	const sources =
		state === 'assault'
			? [assaultKilled.source]
			: state === 'attacks'
				? [
						...new Set(
							[assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured].map(
								(f) => f.source
							)
						)
					]
				: [
						...new Set([
							...months.map((m) => m.source),
							...(focusMonth ? [assaultKilled, sumyKilled, odesaKilled].map((f) => f.source) : [])
						])
					];

	return {
		blocks,
		marks,
		labels,
		segments,
		months: months.map((m) => m.month),
		yMax: y.domain()[1],
		monthly,
		key,
		note,
		summary: summaries[state],
		table,
		sources
	};
}
