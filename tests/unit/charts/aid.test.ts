import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataDir } from '../../../src/lib/data/read';
import { parseStory } from '../../../src/lib/content/parse';
import { plain } from '../../../src/lib/content/story';
import { select as selectAid } from '../../../src/lib/charts/aid/data.server';
import { aidView, type AidView } from '../../../src/lib/charts/aid/view';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/aid/index';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('aid');
const dataset = readDataDir(DATA_DIR);
const data = selectAid(dataset);
const story = parseStory(
	readFileSync(resolve(import.meta.dirname, '../../../src/content/en/story.aml'), 'utf8'),
	dataset
);
/** The bars a reader sees: the whole bars, or where they have faded, the pieces. */
const shown = (v: AidView) => (v.whole ? v.totals : v.marks).filter((m) => m.x1 > m.x0);
const csvLines = (v: AidView) => tableToCsv(v.table).trim().split('\n');

/** Every string inside a value, depth first. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** "$55.5bn", "€77.35 billion": every sum of money in some words, as [symbol, value]. */
const MONEY = /([$€])\s?(\d[\d,]*(?:\.\d+)?)\s?(?:bn|billion)\b/g;
const amounts = (text: string) =>
	[...text.matchAll(MONEY)].map((m) => [m[1], Number(m[2].replace(/,/g, ''))] as const);

/**
 * The two counts of US aid: the report's dollars, and Release 29's US row in euros (its total
 * and the parts it is split into). No other donor's figure equals any of these.
 */
const US = data.donors.find((d) => d.donor === 'United States')!;
const COUNTS = {
	report: { symbol: '$', currency: 'USD', values: [data.usUsd.value] },
	r29: {
		symbol: '€',
		currency: 'EUR',
		values: [US.total, US.military, US.financial, US.humanitarian]
	}
};
type Count = keyof typeof COUNTS;
const countOf = (symbol: string, value: number) =>
	(Object.keys(COUNTS) as Count[]).find(
		(k) => COUNTS[k].symbol === symbol && COUNTS[k].values.includes(value)
	);

/**
 * Every US money figure a state puts before the reader: in its words (heading, figure, labels,
 * note, summary, table caption; the takeaway the frame sets above every state), its table's
 * rows, and the marks it draws. Each is [count, value].
 */
function usMoney(v: AidView): [Count, number][] {
	const found: [Count, number][] = [];
	const add = (symbol: string, value: number) => {
		const count = countOf(symbol, value);
		if (count) found.push([count, value]);
	};
	const { marks, totals, table, ...words } = v;
	for (const t of [...strings(words), table.caption, plain(story.charts.aid.takeaway)])
		for (const [symbol, value] of amounts(t)) add(symbol, value);
	// A cell's currency is its row's, or the one its column's heading names.
	const symbolOf = (currency: unknown) =>
		currency === 'USD' ? '$' : currency === 'EUR' ? '€' : '';
	for (const r of table.rows.filter((x) => !('donor' in x) || x.donor === US.donor))
		for (const c of table.columns)
			if (typeof r[c.key] === 'number')
				add(symbolOf(r.currency ?? c.label.match(/\b(USD|EUR)\b/)?.[1]), r[c.key] as number);
	for (const m of shown({ ...v, marks, totals }).filter((x) => x.donor === US.donor))
		add(m.currency === 'USD' ? '$' : '€', m.value);
	return found;
}

describe('aid chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['us', 'donors', 'by-type']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	it("selects the report's dollar figure and the donors largest first, checked against the figure list", () => {
		expect(data.usUsd).toMatchObject({ value: 55.5, unit: 'usd-bn', source: 'report-000' });
		expect(data.donors.map((d) => d.total)).toEqual(
			[...dataset.aid.map((d) => d.total)].sort((a, b) => b - a)
		);
		// The figure list's Release 29 figure is the US row's military column, not a conversion.
		const eur = dataset.figures.find((f) => f.id === 'us-military-eur-r29');
		expect(eur).toMatchObject({ value: US.military, unit: 'eur-bn', source: 'ds-kiel-r29' });
		const off = {
			...dataset,
			figures: dataset.figures.map((f) =>
				f.id === 'us-military-eur-r29' ? { ...f, value: 52.3 } : f
			)
		} as typeof dataset;
		expect(() => selectAid(off)).toThrow(/us-military-eur-r29 must equal/);
	});

	for (const state of STATES) {
		it(`${state}: exactly one US money figure, across marks, labels, notes, summary and table`, () => {
			const v = aidView(data, state, say);
			const found = usMoney(v);
			// One count of US aid, never both: the report's dollars in \`us\`, Release 29's euros after.
			expect(new Set(found.map(([count]) => count))).toEqual(
				new Set([state === 'us' ? 'report' : 'r29'])
			);
			// One US figure in large type or at a bar's end.
			const headline = [
				...(v.figure ? amounts(v.figure.value) : []),
				...v.labels.filter((l) => l.id === `value ${US.donor}`).flatMap((l) => amounts(l.text))
			];
			expect(headline).toEqual([state === 'us' ? ['$', 55.5] : ['€', US.total]]);
			// Past it, only the parts that one figure is split into, where the bars are split.
			const values = new Set(found.map(([, value]) => value));
			if (state === 'by-type')
				expect(values).toEqual(new Set([US.total, US.military, US.financial, US.humanitarian]));
			else expect(values).toEqual(new Set([state === 'us' ? 55.5 : US.total]));
			// Nothing in another currency: no euros beside the dollars, no dollars beside the euros.
			const other = state === 'us' ? '€' : '$';
			expect(strings(v).filter((t) => t.includes(other))).toEqual([]);
			expect(v.marks.every((m) => m.currency === 'EUR')).toBe(true);
		});

		it(`${state}: dollars and euros never share an axis`, () => {
			const v = aidView(data, state, say);
			for (const a of v.axes) {
				expect(a.currency).toBe('EUR');
				expect(a.ticks.every((t) => t.label.startsWith('€'))).toBe(true);
				expect(a.title.startsWith('EUR bn · ')).toBe(true);
			}
			for (const m of shown(v))
				expect(v.axes.find((x) => x.id === m.axis)?.currency).toBe(m.currency);
			for (const l of v.labels.filter((x) => x.role === 'value'))
				expect(l.text.startsWith('€')).toBe(true);
		});

		it(`${state}: the same marks in the same order, so every change of state animates`, () => {
			const v = aidView(data, state, say);
			expect(v.marks.map((m) => m.id)).toEqual(aidView(data, 'us', say).marks.map((m) => m.id));
			expect(v.marks).toHaveLength(3 * dataset.aid.length);
			expect(v.marks.every((m) => m.x0 >= 0 && m.x1 <= 100.5 && m.x1 >= m.x0)).toBe(true);
			expect(v.totals.map((m) => m.id)).toEqual(aidView(data, 'us', say).totals.map((m) => m.id));
			expect(v.totals).toHaveLength(dataset.aid.length);
		});

		it(`${state}: each whole bar lies exactly over its donor's pieces, so between donors and by-type nothing moves`, () => {
			const v = aidView(data, state, say);
			expect(v.whole).toBe(state !== 'by-type');
			for (const t of v.totals) {
				const parts = v.marks.filter((m) => m.donor === t.donor);
				expect(parts.map((m) => m.kind)).toEqual(['military', 'financial', 'humanitarian']);
				expect(t.kind).toBe('total');
				expect([t.y, t.h]).toEqual([parts[0].y, parts[0].h]);
				expect(t.x0).toBe(parts[0].x0);
				// The total, as the release gives it, and the sum of its parts differ by the
				// release's rounding at most: a 20th of a percent of the plot, under a pixel.
				expect(t.x1).toBeCloseTo(parts[2].x1, 1);
			}
			if (state !== 'us')
				expect(v.marks).toEqual(
					aidView(data, state === 'donors' ? 'by-type' : 'donors', say).marks
				);
		});
	}

	it('the takeaway, over every state, names no sum of money', () => {
		const takeaway = plain(story.charts.aid.takeaway);
		expect(amounts(takeaway)).toEqual([]);
		expect(takeaway).toContain('never converted');
	});

	it('the aid-us step tells what `us` draws: the dollar figure and its one source', () => {
		const step = story.sections.flatMap((s) => s.steps).find((s) => s.id === 'aid-us');
		expect(step?.state).toBe('us');
		const text = plain(step!.text);
		expect(amounts(text)).toEqual([['$', 55.5]]);
		expect(text).toContain('One undated report, citing the Kiel Institute');
		expect(text).toContain('Release 29, which counts in euros');
		expect(text).toContain('a different release in a different currency');
		expect(text).toContain('never converts');
	});

	it("us: the report's dollar figure alone, with its source and period, and no bar", () => {
		const v = aidView(data, 'us', say);
		expect(shown(v)).toEqual([]);
		expect(v.axes).toEqual([]);
		expect(v.labels).toEqual([]);
		expect(v.key).toEqual([]);
		expect(v.figure).toEqual({
			value: '$55.5 billion',
			source:
				"The Kiel Institute's count, as one undated news report cites it; the report does not name the release."
		});
		// The report gives the war's start and June 2024: no first or last day is made up.
		expect(v.heading).toBe(
			"US weapons and equipment delivered or committed to Ukraine · war's start to Jun 2024"
		);
		expect(JSON.stringify(v)).not.toMatch(/24 Feb|30 Jun/);
		// The other count is named as another release in another currency, with no figure.
		expect(v.note).toBe(
			"The Kiel Institute's later count, Kiel Release 29, is in euros: a different release in a different currency. The two are never converted, or shown together."
		);
		expect(v.summary).toContain('$55.5 billion');
		expect(v.summary).toContain('without naming the release');
		expect(v.summary).toContain('never converted into dollars');
		expect(v.sources).toEqual(['report-000']);
		const csv = csvLines(v);
		expect(csv[0]).toBe('What it counts,Billions,Currency,Release,Period');
		expect(csv.slice(1)).toEqual([
			"US weapons and equipment delivered or committed,55.5,USD,Kiel Institute as cited by one undated news report (release not named),war's start to Jun 2024"
		]);
	});

	it('donors: ten totals, sorted, labelled, on one euro axis', () => {
		const v = aidView(data, 'donors', say);
		expect(v.figure).toBeNull();
		expect(v.axes).toHaveLength(1);
		expect(v.axes[0]).toMatchObject({ currency: 'EUR', max: 80, top: 0, bottom: 100 });
		expect(v.axes[0].ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80]);
		expect(v.axes[0].ticks.filter((t) => t.minor).map((t) => t.value)).toEqual([20, 60]);
		const bars = shown(v);
		expect(bars).toHaveLength(10);
		expect(bars.every((m) => m.kind === 'total')).toBe(true);
		// Each bar spans its donor's total exactly, largest on top.
		for (const d of dataset.aid) {
			const bar = bars.find((m) => m.donor === d.donor);
			expect(bar?.x1).toBeCloseTo((d.total / 80) * 100);
		}
		const ys = bars.map((m) => m.y);
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		expect(v.labels.filter((l) => l.role === 'value').map((l) => l.text)).toEqual(
			[...dataset.aid]
				.sort((a, b) => b.total - a.total)
				.map((d) => `€${d.total.toLocaleString('en')}bn`)
		);
		const names = v.labels.filter((l) => l.role === 'name');
		expect(names[0].text).toBe('United States');
		expect(names[1]).toMatchObject({
			text: 'EU (Commission and Council): military aid counted under member states*',
			short: 'EU institutions*'
		});
		expect(v.heading).toBe(
			'Total aid, top 10 donors · EUR bn · Kiel Release 29 · Jan 2022–Jun 2024'
		);
		expect(v.note).toContain('books EU military support under the member states');
		expect(v.summary).toContain('United States with €77.35 billion');
		expect(v.summary).toContain('Poland with €4.42 billion');
		expect(v.sources).toEqual(['ds-kiel-r29']);
		const csv = csvLines(v);
		expect(csv[0]).toBe('Donor,Total (EUR bn · Kiel Release 29),Period,Note');
		expect(csv).toHaveLength(11);
		expect(csv[1]).toBe('United States,77.35,Jan 2022–Jun 2024,');
		expect(csv[2]).toBe(
			'EU (Commission and Council),39.38,Jan 2022–Jun 2024,Military support is booked under the member states'
		);
	});

	it('by-type: military, financial and humanitarian stacked, with a key in words', () => {
		const v = aidView(data, 'by-type', say);
		expect(v.figure).toBeNull();
		expect(v.key).toEqual([
			{ kind: 'military', text: 'Military' },
			{ kind: 'financial', text: 'Financial' },
			{ kind: 'humanitarian', text: 'Humanitarian' }
		]);
		for (const d of dataset.aid) {
			const parts = v.marks.filter((m) => m.donor === d.donor);
			expect(parts.map((m) => [m.kind, m.value])).toEqual([
				['military', d.military],
				['financial', d.financial],
				['humanitarian', d.humanitarian]
			]);
			// Each piece starts where the one before ends.
			expect(parts[0].x0).toBe(0);
			expect(parts[1].x0).toBeCloseTo(parts[0].x1);
			expect(parts[2].x0).toBeCloseTo(parts[1].x1);
			expect(parts[2].x1).toBeCloseTo(((d.military + d.financial + d.humanitarian) / 80) * 100);
		}
		// The EU's zero military piece is drawn as nothing, and said why.
		const eu = v.marks.find((m) => m.id === 'EU (Commission and Council) military');
		expect(eu?.x1).toBe(eu?.x0);
		expect(v.labels.find((l) => l.id === 'name EU (Commission and Council)')?.text).toContain(
			'counted under member states'
		);
		expect(v.summary).toContain(
			'United States, €52.27 billion military, €22.16 billion financial and €2.93 billion humanitarian'
		);
		expect(v.summary).toContain('Kiel Release 29, EUR, Jan 2022–Jun 2024');
		const csv = csvLines(v);
		expect(csv[0]).toBe(
			'Donor,Military (EUR bn · Kiel Release 29),Financial (EUR bn · Kiel Release 29),Humanitarian (EUR bn · Kiel Release 29),Total (EUR bn · Kiel Release 29),Period,Note'
		);
		expect(csv).toContain('Germany,9.24,1.61,3.13,13.98,Jan 2022–Jun 2024,');
		expect(csv).toHaveLength(11);
		expect(v.sources).toEqual(['ds-kiel-r29']);
	});
});

// On phones the note under the plot takes its short form, so the bars keep the band: shorter
// in every state and edition, the EU's asterisk kept, and no figure in it the note lacks.
describe('aid chart: the note on phones', () => {
	it.each(['en', 'uk'] as const)('is shorter, keeps the asterisk, adds no figure (%s)', (loc) => {
		const s = sayFor('aid', loc);
		for (const state of STATES) {
			const v = aidView(data, state, s);
			expect(v.noteShort.length).toBeGreaterThan(0);
			expect(v.noteShort.length).toBeLessThan(v.note.length * 0.75);
			if (v.note.startsWith('*')) expect(v.noteShort.startsWith('*')).toBe(true);
			expect(v.noteShort).not.toMatch(/\d/);
		}
	});
});
