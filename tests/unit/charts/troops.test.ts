import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import {
	select as selectTroops,
	type TroopColumns
} from '../../../src/lib/charts/troops/data.server';
import { troopsView, type TroopsView } from '../../../src/lib/charts/troops/view';
import { domainFor } from '../../../src/lib/charts/troops/groups';
import { labelLines, metricsFor } from '../../../src/lib/charts/troops/layout';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/troops/index';
import { QUALIFIER_GLYPHS } from '../../../src/lib/data/format';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR, sayFor } from '../helpers';

const say = sayFor('troops');
const dataset = readDataDir(DATA_DIR);
const data = selectTroops(dataset);
const rows = dataset.troops as ((typeof dataset.troops)[number] & TroopColumns)[];
const mark = (v: TroopsView, id: string) => {
	const m = v.marks.find((x) => x.id === id);
	if (!m) throw new Error(`no mark ${id}`);
	return m;
};
const label = (v: TroopsView, id: string) => {
	const m = mark(v, id);
	return `${m.valueText} ${m.tags.map((t) => `[${t}] `).join('')}${m.counts} / ${m.by} · ${m.credit}`;
};

describe('troops chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['estimates', 'up-to', 'force']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	it('takes every row of troops.csv, with its source credit', () => {
		expect(data.estimates.map((e) => e.id)).toEqual(dataset.troops.map((t) => t.id));
		expect(data.estimates.find((e) => e.id === 'nk-troops-11000-ukraine')?.credit).toBe(
			dataset.sources.find((s) => s.id === 'report-000')?.credit
		);
	});

	it('scale domains: the present estimates, then the unconfirmed ceiling, then everything', () => {
		expect(domainFor(data, 'estimates')).toBe(12000);
		expect(domainFor(data, 'up-to')).toBe(100000);
		expect(domainFor(data, 'force')).toBe(100000);
	});

	for (const state of STATES) {
		describe(state, () => {
			const v = troopsView(data, state, say, { width: 928 });

			it('one mark per row of troops.csv, in the file’s order', () => {
				expect(v.marks.map((m) => m.id)).toEqual(dataset.troops.map((t) => t.id));
				expect(v.marks.map((m) => m.value)).toEqual(dataset.troops.map((t) => t.value));
				expect(v.marks.map((m) => m.qualifier)).toEqual(dataset.troops.map((t) => t.qualifier));
			});

			it('each label leads with words, then who estimated and which source', () => {
				for (const [i, m] of v.marks.entries()) {
					const row = rows[i];
					// No qualifier glyph anywhere in what is drawn.
					expect(m.valueText).not.toMatch(
						new RegExp(`[${Object.values(QUALIFIER_GLYPHS).join('')}]`)
					);
					const credit = dataset.sources.find((s) => s.id === row.source)!.credit;
					expect(m.credit).toBe(credit);
					expect(m.by).toContain(
						row.estimate_by === 'not attributed' ? 'not attributed' : row.estimate_by
					);
				}
				expect(v.marks.map((m) => m.words)).toEqual([
					'almost 10,000',
					'more than 10,000',
					'11,000',
					'up to 100,000',
					'about 50,000'
				]);
				expect(v.marks.map((m) => m.valueText)).toEqual([
					'Almost 10,000',
					'More than 10,000',
					'11,000',
					'Up to 100,000',
					'About 50,000'
				]);
				// Ukraine's own estimate is the one plain number drawn as an estimate, not exact.
				expect(v.marks.filter((m) => m.estimate).map((m) => m.id)).toEqual([
					'nk-troops-11000-ukraine'
				]);
			});

			it('ticks run from 0 to the top of the scale', () => {
				expect(v.xMax).toBe(domainFor(data, state));
				expect(v.ticks[0]).toEqual({ value: 0, label: '0' });
				expect(v.ticks.at(-1)!.value).toBe(v.xMax);
				expect(v.plot.right).toBeLessThan(v.width);
			});

			it('rows never move between states and labels never run into the next row', () => {
				for (const other of STATES) {
					const o = troopsView(data, other, say, { width: 343 });
					const w = troopsView(data, state, say, { width: 343 });
					expect(w.marks.map((m) => [m.labelY, m.trackY])).toEqual(
						o.marks.map((m) => [m.labelY, m.trackY])
					);
					expect(w.height).toBe(o.height);
				}
				for (const width of [320, 343, 600, 928, 1440]) {
					const w = troopsView(data, state, say, { width });
					for (const m of w.marks) {
						const mx = metricsFor(width);
						const lines = labelLines(m, width, mx);
						expect(m.labelY + (lines.first + lines.second) * mx.line).toBeLessThanOrEqual(
							m.trackY - mx.halo + 1
						);
					}
					expect(w.axisY).toBeGreaterThan(w.marks.at(-1)!.trackY);
					expect(w.height).toBeGreaterThan(w.axisY);
				}
			});

			it('names the source of every mark it shows, and no other', () => {
				expect(v.sources).toEqual(['report-001', 'report-004', 'report-000', 'report-002']);
			});

			it('table: one row per estimate, with its words, who, status and source', () => {
				const csv = tableToCsv(v.table).split('\n');
				expect(csv[0]).toBe(
					'Figure,Value,Qualifier,What it counts,Estimate by,Status,On this scale,Source'
				);
				expect(v.table.rows).toHaveLength(5);
				expect(csv[1]).toMatch(/^almost 10,000|^"almost 10,000"/);
				expect(csv.find((l) => l.includes('up to 100,000'))).toContain('unconfirmed');
				expect(v.table.rows.map((r) => r.by)).toEqual(rows.map((t) => t.estimate_by));
			});
		});
	}

	it('estimates: the three present-day figures in focus, the other two beyond the scale', () => {
		const v = troopsView(data, 'estimates', say);
		expect(v.marks.filter((m) => m.emphasis === 'focus').map((m) => m.id)).toEqual([
			'nk-troops-almost-10000',
			'nk-troops-over-10000',
			'nk-troops-11000-ukraine'
		]);
		expect(v.marks.filter((m) => m.offScale).map((m) => m.id)).toEqual([
			'nk-troops-up-to-100000',
			'russia-force-50000'
		]);
		expect(mark(v, 'russia-force-50000').emphasis).toBe('muted');
		expect(label(v, 'nk-troops-up-to-100000')).toContain('[Unconfirmed] [Beyond this scale]');
		expect(label(v, 'nk-troops-11000-ukraine')).toBe(
			"11,000 North Korean soldiers in the Kursk region by Ukraine's estimate / Estimate by Ukraine · Undated news report on the ATACMS decision"
		);
		expect(v.summary).toContain("almost 10,000, more than 10,000 or 11,000 by Ukraine's estimate");
		expect(v.summary).toContain('without an average');
		expect(v.summary).toContain('Three undated reports, one each,');
		expect(v.summary).not.toMatch(/the reports|Kiel/i);
		expect(v.table.rows.filter((r) => r.scale === 'yes')).toHaveLength(3);
	});

	it('up-to: the scale widens to the unconfirmed 100,000, flagged as unconfirmed', () => {
		const v = troopsView(data, 'up-to', say);
		const upTo = mark(v, 'nk-troops-up-to-100000');
		expect(upTo.emphasis).toBe('focus');
		expect(upTo.offScale).toBe(false);
		expect(upTo.tags).toEqual(['Unconfirmed']);
		expect(mark(v, 'russia-force-50000').emphasis).toBe('muted');
		expect(v.marks.every((m) => !m.offScale)).toBe(true);
		expect(v.summary).toContain(
			'One report, citing unconfirmed reports, says up to 100,000 North Korean soldiers may be sent'
		);
		expect(v.summary).toContain('the only figure here called unconfirmed');
		expect(v.summary).toContain('not troops present');
		expect(v.summary).toContain('from almost 10,000 to 11,000');
	});

	it('force: the Russian force of about 50,000 as a bar from zero that includes the rest', () => {
		const v = troopsView(data, 'force', say);
		const force = mark(v, 'russia-force-50000');
		expect(force.emphasis).toBe('focus');
		expect(force.bar).toBe(true);
		expect(v.marks.filter((m) => m.bar)).toHaveLength(1);
		expect(label(v, 'russia-force-50000')).toBe(
			'About 50,000 soldiers in the Russian force preparing to retake Kursk; North Korean units are part of it / Estimate by American sources · News report dated 17 Nov 2024 summarising The New York Times'
		);
		expect(v.summary).toContain('American sources put the Russian force');
		expect(v.summary).toContain('about 50,000 soldiers, North Korean units included');
		expect(v.summary).toContain('part of that force, not added to it');
		// No average, no "true" figure anywhere.
		expect(v.summary).not.toMatch(/average of|on average|true figure/i);
	});

	it('without a measured width, lays out for the default (prerendered) width', () => {
		expect(troopsView(data, 'force', say).width).toBe(600);
		expect(troopsView(data, 'force', say, { width: 343 }).ticks.map((t) => t.label)).toEqual([
			'0',
			'50,000',
			'100,000'
		]);
	});

	// A phone's sticky band holds the title and the plot: at 320×568 about 257px for the plot,
	// less MeasuredPlot's 8px padding. The compact form must fit it at 13px, in both editions,
	// with every label in its short words, still naming who estimated and which source.
	it.each(['en', 'uk'] as const)(
		'on a 320px phone (%s) fits the band, every source named',
		(loc) => {
			const s = sayFor('troops', loc);
			for (const state of STATES) {
				const v = troopsView(data, state, s, { width: 288 });
				expect(v.compact).toBe(true);
				expect(v.height).toBeLessThanOrEqual(249);
				for (const [i, m] of v.marks.entries()) {
					const e = data.estimates[i];
					expect(m.byline).toContain(s.named('credit-short', e.source));
					if (e.estimateBy !== 'not attributed')
						expect(m.byline).toContain(s.named('who', e.estimateBy));
				}
			}
			expect(troopsView(data, 'force', s, { width: 600 }).compact).toBe(false);
		}
	);
});
