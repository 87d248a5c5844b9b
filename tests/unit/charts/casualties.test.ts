import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectCasualties } from '../../../src/lib/charts/casualties/data.server';
import { casualtiesView } from '../../../src/lib/charts/casualties/view';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/casualties/index';
import { nextMonth } from '../../../src/lib/charts/casualties/months';
import { shortPeriod } from '../../../src/lib/charts/casualties/wording';
import { capitalise } from '../../../src/lib/content/words';
import { cssHeight, pxHeight } from '../../../src/lib/charts/casualties/height';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { heldHeight } from '../../../src/lib/charts/settle.svelte';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('casualties');
const dataset = readDataDir(DATA_DIR);
const data = selectCasualties(dataset);
const value = (id: string) => {
	const f = dataset.figures.find((x) => x.id === id);
	if (!f || f.unit === 'date') throw new Error(`no numeric figure ${id}`);
	return f.value;
};
const visible = (state: (typeof STATES)[number]) => {
	const v = casualtiesView(data, state, say);
	const shown = new Set(v.blocks.filter((b) => b.opacity > 0).map((b) => b.id));
	return v.marks.filter((m) => shown.has(m.block));
};
const labelText = (state: (typeof STATES)[number]) =>
	casualtiesView(data, state, say).labels.map((l) => l.text);

describe('casualties chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['assault', 'attacks', 'monthly']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	for (const state of STATES) {
		it(`${state}: the same marks in the same order, so every change of state animates`, () => {
			const v = casualtiesView(data, state, say);
			const ref = casualtiesView(data, 'attacks', say);
			expect(v.marks.map((m) => m.id)).toEqual(ref.marks.map((m) => m.id));
			expect(v.blocks.map((b) => b.id)).toEqual(ref.blocks.map((b) => b.id));
			expect(v.segments.map((s) => s.id)).toEqual(ref.segments.map((s) => s.id));
			// One mark per person the reports count: 10 + 8 + 10 + 50.
			expect(v.marks).toHaveLength(
				value('assault-killed') +
					value('sumy-killed') +
					value('odesa-killed') +
					value('odesa-injured')
			);
			// The monthly axes never change, so columns grow in place.
			expect(v.months).toEqual(dataset.casualties.map((c) => c.month));
			expect(v.yMax).toBe(1500);
		});
	}

	it('marks: one per person, children and injured told apart by shape and size', () => {
		const { marks } = casualtiesView(data, 'attacks', say);
		const count = (block: string) => marks.filter((m) => m.block === block).length;
		expect(count('assault-killed')).toBe(value('assault-killed'));
		expect(count('sumy-killed')).toBe(value('sumy-killed'));
		expect(count('odesa-killed')).toBe(value('odesa-killed'));
		expect(count('odesa-injured')).toBe(value('odesa-injured'));
		expect(marks.filter((m) => m.child)).toHaveLength(value('sumy-children-killed'));
		expect(marks.filter((m) => m.child).every((m) => m.block === 'sumy-killed')).toBe(true);
		expect(marks.filter((m) => m.kind === 'injured')).toHaveLength(value('odesa-injured'));
		// No two people share a place in a block.
		const places = marks.map((m) => `${m.block} ${m.col} ${m.row}`);
		expect(new Set(places).size).toBe(places.length);
	});

	it('assault: only the 17 November toll, with its "at least" and an open end', () => {
		const v = casualtiesView(data, 'assault', say);
		expect(visible('assault')).toHaveLength(10);
		expect(visible('assault').every((m) => m.block === 'assault-killed')).toBe(true);
		// Ten in one row, drawn large.
		expect(new Set(visible('assault').map((m) => m.row))).toEqual(new Set([0]));
		expect(v.blocks.find((b) => b.id === 'assault-killed')?.scale).toBe(2);
		expect(labelText('assault')).toContain('At least 10 killed');
		// The report is undated: the date shown is ours, and says so.
		expect(labelText('assault')).toContain("Russia's assault of 17 November 2024 (date inferred)");
		expect(v.note).toContain('Dates are inferred: the assault’s 120 missiles and 90 drones match');
		expect(v.summary).not.toMatch(/the reports/i);
		const open = v.labels.find((l) => l.role === 'open');
		expect(open?.text).toBe('+');
		// The "+" sits just past the tenth dot.
		expect(open?.dx).toBe(10 * 2);
		expect(v.segments.every((s) => s.y0 === 0 && s.y1 === 0)).toBe(true);
		expect(v.monthly).toBeNull();
		expect(v.summary).toContain('at least 10 people killed');
		expect(v.summary).toContain('17 November 2024');
		expect(v.sources).toEqual(['report-000']);
		expect(tableToCsv(v.table)).toBe(
			"Attack,When,Killed\nRussia's assault,17 November 2024 (inferred),at least 10\n"
		);
	});

	it('attacks: the three attacks side by side, with their qualifiers', () => {
		const v = casualtiesView(data, 'attacks', say);
		expect(visible('attacks')).toHaveLength(78);
		const blocks = Object.fromEntries(v.blocks.map((b) => [b.id, b]));
		expect(blocks['assault-killed'].x).toBeLessThan(blocks['sumy-killed'].x);
		expect(blocks['sumy-killed'].x).toBeLessThan(blocks['odesa-killed'].x);
		// The injured sit under the killed in the same column.
		expect(blocks['odesa-injured'].x).toBe(blocks['odesa-killed'].x);
		expect(blocks['odesa-injured'].lines).toBeGreaterThan(blocks['odesa-killed'].lines);
		expect(labelText('attacks')).toEqual(
			expect.arrayContaining([
				'At least 10 killed',
				'8 killed',
				'2 of them children (smaller dots)',
				'10 killed',
				'Almost 50 injured',
				'+'
			])
		);
		expect(v.key.map((k) => k.kind)).toEqual(['person-killed', 'person-child', 'person-injured']);
		expect(v.summary).toContain('at least 10 people killed');
		expect(v.summary).toContain('8 killed, 2 of them children');
		expect(v.summary).toContain('10 killed and almost 50 injured in a strike on Odesa');
		expect(v.sources).toEqual(['report-000', 'report-004']);
		const csv = tableToCsv(v.table).split('\n');
		expect(csv[0]).toBe('Attack,When,Killed,Of them children,Injured');
		expect(csv.slice(1, 4)).toEqual([
			"Russia's assault,17 November 2024 (inferred),at least 10,,",
			'Later attacks on the Sumy region,November 2024 (inferred),8,2,',
			'Strike on Odesa,November 2024 (inferred),10,,almost 50'
		]);
		// Each title carries the mark the note explains.
		expect(labelText('attacks')).toEqual(
			expect.arrayContaining([
				"Russia's assault, 17 Nov*",
				'Later attacks on the Sumy region, Nov 2024*',
				'Strike on Odesa, Nov 2024*'
			])
		);
		expect(v.note).toContain('* The reports are undated. Dates are inferred');
		expect(v.summary).toContain('Two undated reports name three attacks');
	});

	it('monthly: the UN months stacked, February as a total with its note, no December', () => {
		const v = casualtiesView(data, 'monthly', say);
		expect(visible('monthly')).toHaveLength(0);
		expect(v.labels).toEqual([]);
		expect(v.monthly?.yTicks).toEqual([0, 500, 1000, 1500]);
		// The axis speaks each edition's numbers (it once wrote "1,500" in Ukrainian too).
		expect(v.monthly?.yTickLabels).toEqual(['0', '500', '1,000', '1,500']);
		const uk = casualtiesView(data, 'monthly', sayFor('casualties', 'uk'));
		expect(uk.monthly?.yTickLabels).toEqual(['0', '500', '1\u202f000', '1\u202f500']);
		expect(v.monthly?.xTicks.map((t) => t.label)).toEqual([
			'Jan',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov'
		]);
		// Each split month is killed from 0, injured on top up to the total.
		for (const c of dataset.casualties) {
			const parts = v.segments.filter((s) => s.month === c.month);
			if (c.killed === null) {
				expect(parts).toEqual([expect.objectContaining({ part: 'total', y0: 0, y1: c.total })]);
			} else {
				expect(parts.map((p) => [p.part, p.y0, p.y1])).toEqual([
					['killed', 0, c.killed],
					['injured', c.killed, c.total]
				]);
			}
		}
		expect(v.segments.filter((s) => s.part === 'total').map((s) => s.month)).toEqual(['2024-02']);
		expect(v.segments.filter((s) => s.focus).map((s) => s.month)).toEqual(['2024-11', '2024-11']);
		expect(v.monthly?.totalOnly).toEqual([{ month: '2024-02', value: 502, text: 'Total only' }]);
		expect(v.monthly?.focus).toMatchObject({ month: '2024-11', value: 1052 });
		expect(v.monthly?.focus?.short).toBe('Nov: at least 165 killed, 887 injured');
		expect(v.key.map((k) => k.text)).toEqual(['Killed', 'Injured', 'Total only (February)']);
		expect(v.note).toContain(
			'February: total only; no split into killed and injured was published'
		);
		expect(v.note).toContain('The series ends in November 2024; there is no December 2024 figure');
		expect(v.summary).toContain('from 502 (February 2024) to 1,428 (September 2024)');
		expect(v.summary).toContain('165 killed, 887 injured');
		expect(v.summary).toContain('only a total (502)');
		expect(v.summary).toContain('The series ends in November 2024');
		expect(v.sources).toEqual(['ds-ohchr-2024', 'report-000', 'report-004']);
		const csv = tableToCsv(v.table).split('\n');
		expect(csv[0]).toBe('Month,Killed,Injured,Total,Note');
		expect(v.table.rows).toHaveLength(11);
		expect(csv).toContain('January 2024,158,483,641,');
		expect(csv).toContain(
			'February 2024,,,502,Total only: killed and injured not published separately'
		);
		expect(csv).toContain('November 2024,165,887,1052,');
		expect(csv.some((l) => l.startsWith('December'))).toBe(false);
	});

	it('outside monthly, the columns lie collapsed at the baseline', () => {
		for (const state of ['assault', 'attacks'] as const) {
			const v = casualtiesView(data, state, say);
			expect(v.segments.every((s) => s.y1 === 0 && s.y0 === 0)).toBe(true);
			expect(v.monthly).toBeNull();
		}
	});
});

describe('casualties plot height: as tall as what the state draws, at every width', () => {
	/** The plot's three dot steps (px), by its width, and its line of label text. */
	const STEPS = [12, 16, 20];
	const LINE = 17;
	/** Where each thing a state draws ends, in px, at a dot step. */
	const ends = (state: (typeof STATES)[number], step: number) => {
		const v = casualtiesView(data, state, say);
		const at = (lines: number, steps: number) => lines * LINE + steps * step;
		return {
			v,
			// Each dot's bottom edge, in its block.
			dots: v.blocks
				.filter((b) => b.opacity > 0)
				.flatMap((b) =>
					v.marks
						.filter((m) => m.block === b.id)
						.map((m) => at(b.lines, b.steps + (m.row + 1) * b.scale))
				),
			// A label's top, and its top plus the lines it may wrap to at the narrowest width.
			words: v.labels.map((l) => at(l.lines, l.steps))
		};
	};

	for (const state of ['assault', 'attacks'] as const)
		for (const step of STEPS)
			it(`${state} at a ${step}px step: every dot and word inside, no empty band under them`, () => {
				const { v, dots, words } = ends(state, step);
				const h = pxHeight(v.height, step, LINE);
				expect(Math.max(...dots)).toBeLessThanOrEqual(h);
				// Two lines of words fit under the lowest label's top.
				expect(Math.max(...words) + 2 * LINE).toBeLessThanOrEqual(h);
				// What ends lowest ends at most two lines (and a breath) above the plot's foot.
				expect(h - Math.max(...dots, ...words)).toBeLessThanOrEqual(2 * LINE + 4);
				// Nothing starts above the plot's top.
				expect(Math.min(...words)).toBeGreaterThanOrEqual(0);
			});

	it('assault: the ten dots and their words from the top of a short plot, not a 380px box', () => {
		const v = casualtiesView(data, 'assault', say);
		expect(Math.min(...v.labels.map((l) => l.lines))).toBe(0);
		expect(v.blocks.find((b) => b.id === 'assault-killed')?.lines).toBeLessThan(4);
		// Title, toll, one row of large dots and the note: 138px, 146px and 154px tall.
		expect(STEPS.map((s) => Math.round(pxHeight(v.height, s)))).toEqual([138, 146, 154]);
		expect(cssHeight(v.height)).toBe('calc(6.45 * var(--line) + 2 * var(--step) + 4px)');
	});

	it('attacks: as tall as the Odesa column, injured under killed', () => {
		const v = casualtiesView(data, 'attacks', say);
		const injured = v.blocks.find((b) => b.id === 'odesa-injured')!;
		// 7.35 lines, then two rows of the killed and ten of the injured.
		expect(v.height).toEqual([
			{ lines: injured.lines, steps: injured.steps + injured.rows, px: 4 }
		]);
		expect(STEPS.map((s) => Math.round(pxHeight(v.height, s)))).toEqual([273, 321, 369]);
	});

	it('monthly: the columns keep their own height, 300 to 380px as the plot widens', () => {
		const v = casualtiesView(data, 'monthly', say);
		expect(STEPS.map((s) => pxHeight(v.height, s))).toEqual([300, 340, 380]);
	});

	it('the height a plot holds while marks move is the taller of two states', () => {
		const [a, b] = (['assault', 'attacks'] as const).map((s) => casualtiesView(data, s, say));
		const held = heldHeight(cssHeight(a.height), cssHeight(b.height));
		expect(held).toBe(`max(${cssHeight(a.height)}, ${cssHeight(b.height)})`);
		expect(heldHeight(cssHeight(b.height), cssHeight(b.height))).toBe(cssHeight(b.height));
		// Growing from the assault to the attacks, or back, never sizes the plot below either.
		for (const step of STEPS)
			expect(pxHeight([...a.height, ...b.height], step)).toBe(
				Math.max(pxHeight(a.height, step), pxHeight(b.height, step))
			);
	});
});

describe('casualties words, set in place', () => {
	it('a tight date: the day and short month, or the short month and year', () => {
		expect(shortPeriod('2024-11-17', say)).toBe('17 Nov');
		expect(shortPeriod('2024-11', say)).toBe('Nov 2024');
	});

	it('a label opens with a capital; lists are the locale’s', () => {
		expect(capitalise('at least 10 killed', say)).toBe('At least 10 killed');
		expect(say.list(['February'])).toBe('February');
		expect(say.list(['February', 'March'])).toBe('February and March');
		expect(say.list(['502', '600'], 'unit')).toBe('502, 600');
	});

	it('the month after the series ends, across a year', () => {
		expect(nextMonth('2024-11')).toBe('2024-12');
		expect(nextMonth('2024-12')).toBe('2025-01');
	});
});
