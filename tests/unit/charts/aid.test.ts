import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectAid } from '../../../src/lib/charts/aid/data.server';
import { aidView, type AidView } from '../../../src/lib/charts/aid/view';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/aid/index';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('aid');
const dataset = readDataDir(DATA_DIR);
const data = selectAid(dataset);
const figure = (id: string) => {
	const f = dataset.figures.find((x) => x.id === id);
	if (!f || f.unit === 'date') throw new Error(`no numeric figure ${id}`);
	return f;
};
const shown = (v: AidView) => v.marks.filter((m) => m.opacity > 0 && m.x1 > m.x0);
const csvLines = (v: AidView) => tableToCsv(v.table).trim().split('\n');

describe('aid chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['us', 'donors', 'by-type']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	it('selects the two US figures in their own units and the donors largest first', () => {
		expect(data.usUsd).toMatchObject({ value: 55.5, unit: 'usd-bn', source: 'report-000' });
		expect(data.usEur).toMatchObject({ value: 52.27, unit: 'eur-bn', source: 'ds-kiel-r29' });
		expect(data.donors.map((d) => d.total)).toEqual(
			[...dataset.aid.map((d) => d.total)].sort((a, b) => b - a)
		);
		// The Release 29 figure is the US row's military column, not a conversion.
		expect(data.donors.find((d) => d.donor === 'United States')?.military).toBe(data.usEur.value);
	});

	for (const state of STATES) {
		it(`${state}: dollars and euros never share an axis`, () => {
			const v = aidView(data, state, say);
			// Every axis holds one currency; every mark shown sits on an axis of its own currency.
			for (const a of v.axes) {
				const on = shown(v).filter((m) => m.axis === a.id);
				expect(new Set(on.map((m) => m.currency))).toEqual(
					on.length ? new Set([a.currency]) : new Set()
				);
				const symbol = a.currency === 'USD' ? '$' : '€';
				expect(a.ticks.every((t) => t.label.startsWith(symbol))).toBe(true);
				expect(a.title.startsWith(`${a.currency} bn · `)).toBe(true);
			}
			for (const m of shown(v)) {
				const a = v.axes.find((x) => x.id === m.axis);
				expect(a?.currency).toBe(m.currency);
			}
			// No two axes of different currencies overlap on the page.
			const [usd, eur] = [
				v.axes.find((a) => a.currency === 'USD'),
				v.axes.find((a) => a.currency === 'EUR')
			];
			if (usd && eur) expect(usd.bottom <= eur.top || eur.bottom <= usd.top).toBe(true);
			// A value label names its currency, and it is the currency of its axis.
			for (const l of v.labels.filter((x) => x.role === 'value')) {
				const a = v.axes.find((x) => x.id === l.axis);
				expect(l.text.startsWith(a?.currency === 'USD' ? '$' : '€')).toBe(true);
			}
		});

		it(`${state}: the same marks in the same order, so every change of state animates`, () => {
			const v = aidView(data, state, say);
			expect(v.marks.map((m) => m.id)).toEqual(aidView(data, 'us', say).marks.map((m) => m.id));
			expect(v.marks).toHaveLength(1 + 3 * dataset.aid.length);
			expect(v.marks.every((m) => m.x0 >= 0 && m.x1 <= 100.5 && m.x1 >= m.x0)).toBe(true);
		});
	}

	it('us: two panels, each with its own currency, release and scale', () => {
		const v = aidView(data, 'us', say);
		expect(shown(v).map((m) => [m.id, m.currency, m.value])).toEqual([
			['us-usd', 'USD', 55.5],
			['United States military', 'EUR', 52.27]
		]);
		expect(v.axes.map((a) => [a.id, a.currency, a.max])).toEqual([
			['usd', 'USD', 60],
			['eur', 'EUR', 60]
		]);
		expect(v.axes[0].ticks.map((t) => t.label)).toEqual(['$0', '$20bn', '$40bn', '$60bn']);
		expect(v.axes[1].ticks.map((t) => t.label)).toEqual(['€0', '€20bn', '€40bn', '€60bn']);
		expect(v.axes[0].title).toBe(
			"USD bn · Kiel Institute as cited by one undated news report, release not named · war's start to Jun 2024"
		);
		expect(v.axes[1].title).toBe('EUR bn · Kiel Release 29 · Jan 2022–Jun 2024');
		const usdBar = shown(v)[0];
		expect(usdBar.x1).toBeCloseTo((55.5 / 60) * 100);
		const eurBar = shown(v)[1];
		expect(eurBar.x1).toBeCloseTo((52.27 / 60) * 100);
		const panels = v.labels.filter((l) => l.role === 'panel');
		expect(panels.map((p) => p.text)).toEqual([
			'In dollars, as reported: $55.5 billion',
			'In euros, Kiel Release 29: €52.27 billion'
		]);
		expect(panels[0].sub).toContain('release not named');
		// The report gives the war's start and June 2024: no first or last day is made up.
		expect(panels[0].sub).toContain("war's start to Jun 2024");
		expect(JSON.stringify(v)).not.toMatch(/24 Feb|30 Jun/);
		expect(panels[1].sub).toContain('not converted');
		expect(v.labels.filter((l) => l.role === 'value').map((l) => l.text)).toEqual([
			'$55.5bn',
			'€52.27bn'
		]);
		expect(v.summary).toContain('$55.5 billion');
		expect(v.summary).toContain('Kiel Release 29');
		expect(v.summary).toContain('€52.27 billion');
		expect(v.summary).toContain('neither is converted');
		expect(v.sources).toEqual(['report-000', 'ds-kiel-r29']);
		const csv = csvLines(v);
		expect(csv[0]).toBe('What it counts,Billions,Currency,Release,Period');
		expect(csv.slice(1)).toEqual([
			"US weapons and equipment delivered or committed,55.5,USD,Kiel Institute as cited by one undated news report (release not named),war's start to Jun 2024",
			'US military aid allocated,52.27,EUR,Kiel Release 29,Jan 2022–Jun 2024'
		]);
	});

	it('donors: ten totals, sorted, labelled, on one euro axis', () => {
		const v = aidView(data, 'donors', say);
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
		expect(v.key).toEqual([
			{ kind: 'military', text: 'Military' },
			{ kind: 'financial', text: 'Financial' },
			{ kind: 'humanitarian', text: 'Humanitarian' }
		]);
		for (const d of dataset.aid) {
			const parts = v.marks.filter((m) => m.donor === d.donor && m.id !== 'us-usd');
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
