import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { parseDataset } from '../../../src/lib/data/dataset';
import { select as selectAssault } from '../../../src/lib/charts/assault/data.server';
import {
	assaultView,
	type AssaultView,
	type AssaultLabel
} from '../../../src/lib/charts/assault/view';
import {
	partLines,
	inlineLines,
	METRICS,
	COMPACT_METRICS
} from '../../../src/lib/charts/assault/layout';
import { STATES, DEFAULT_STATE } from '../../../src/lib/charts/assault/index';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { DATA_DIR, edit, realTexts, sayFor } from '../helpers';

const say = sayFor('assault');
const dataset = readDataDir(DATA_DIR);
const data = selectAssault(dataset);
const rows = dataset.assault;
const WIDTHS = [320, 343, 600, 928, 1440];

const countBy = <T>(items: T[], key: (t: T) => string) => {
	const out: Record<string, number> = {};
	for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
	return out;
};
const label = (v: AssaultView, id: string) => {
	const l = v.labels.find((x) => x.id === id);
	if (!l) throw new Error(`no label ${id}`);
	return l;
};
const text = (l: AssaultLabel) => [l.title, ...l.parts.map((p) => p.text)].join(' | ');
/** The room a label takes, by the same type metrics the layout reserves. */
const labelBox = (l: AssaultLabel) => {
	const m = l.compact ? COMPACT_METRICS : METRICS;
	const titleH = l.level === 'section' ? m.sectionRule + m.sectionTitle : m.line;
	return {
		x0: l.x,
		x1: l.x + l.width,
		y0: l.y,
		y1:
			l.y +
			(l.inline
				? inlineLines(l.title, l.parts, l.width) * m.line
				: titleH + partLines(l.parts, l.width) * m.line)
	};
};

describe('assault chart', () => {
	it('lists its states, with a default among them', () => {
		expect(STATES).toEqual(['all', 'by-type', 'shot-down']);
		expect(STATES).toContain(DEFAULT_STATE);
	});

	it('the dataset breakdown and the figures agree: 120 missiles and 90 drones', () => {
		const missiles = rows.filter((r) => r.category !== 'UAV');
		expect(missiles.reduce((s, r) => s + r.launched, 0)).toBe(120);
		expect(rows.filter((r) => r.category === 'UAV').reduce((s, r) => s + r.launched, 0)).toBe(90);
		expect(data.reported.missiles).toMatchObject({ value: 120, qualifier: 'about' });
		expect(data.reported.drones).toMatchObject({ value: 90, qualifier: 'about' });
	});

	it('refuses data whose fate figures contradict the breakdown', () => {
		const texts = edit(
			realTexts(),
			'figures.csv',
			'assault-missiles-destroyed,102',
			'assault-missiles-destroyed,103'
		);
		expect(() => selectAssault(parseDataset(texts))).toThrow(/assault-missiles-destroyed/);
	});

	for (const state of STATES) {
		describe(state, () => {
			const v = assaultView(data, state, say, { width: 928 });

			it('draws exactly 210 marks: one per weapon, by type and fate as in the CSV', () => {
				expect(v.marks).toHaveLength(210);
				expect(countBy(v.marks, (m) => m.kind)).toEqual({ missile: 120, drone: 90 });
				expect(countBy(v.marks, (m) => m.weapon)).toEqual(
					Object.fromEntries(rows.map((r) => [r.weapon, r.launched]))
				);
				for (const r of rows) {
					const mine = v.marks.filter((m) => m.weapon === r.weapon);
					expect(mine.filter((m) => m.fate === 'destroyed')).toHaveLength(r.destroyed);
					expect(mine.filter((m) => m.fate === 'lost')).toHaveLength(r.lost_in_flight);
					expect(mine.filter((m) => m.fate === 'unstopped')).toHaveLength(
						r.launched - r.destroyed - r.lost_in_flight
					);
				}
			});

			it('keeps the marks in the same order as every other state (one smooth tween)', () => {
				const other = assaultView(data, STATES[(STATES.indexOf(state) + 1) % STATES.length], say, {
					width: 928
				});
				expect(v.marks.map((m) => `${m.weapon}/${m.fate}`)).toEqual(
					other.marks.map((m) => `${m.weapon}/${m.fate}`)
				);
				expect(v.labels.map((l) => l.id)).toEqual(other.labels.map((l) => l.id));
			});

			for (const width of WIDTHS) {
				it(`at ${width}px: marks and labels inside the box, never overlapping`, () => {
					const w = assaultView(data, state, say, { width });
					expect(w.width).toBe(width);
					for (const m of w.marks) {
						expect(m.x).toBeGreaterThanOrEqual(0);
						expect(m.x + m.size).toBeLessThanOrEqual(width + 1e-6);
						expect(m.y).toBeGreaterThanOrEqual(0);
						expect(m.y + m.size).toBeLessThanOrEqual(w.height + 1e-6);
					}
					const seen = new Set(w.marks.map((m) => `${m.x.toFixed(2)},${m.y.toFixed(2)}`));
					expect(seen.size).toBe(210);
					// Marks sit on a grid of cells, so distinct corners never overlap.
					for (const m of w.marks) expect(m.size).toBeLessThan(w.cell);
					const shown = w.labels.filter((l) => l.opacity > 0).map(labelBox);
					for (const [i, a] of shown.entries()) {
						expect(a.x1).toBeLessThanOrEqual(width + 1e-6);
						for (const b of shown.slice(i + 1))
							expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
						for (const m of w.marks)
							expect(
								a.x1 <= m.x || m.x + m.size <= a.x0 || a.y1 <= m.y || m.y + m.size <= a.y0
							).toBe(true);
					}
				});
			}

			it('labels each section with the reports’ rounded figure', () => {
				expect(label(v, 'section-missile').title).toBe('One report: about 120 missiles');
				expect(label(v, 'section-drone').title).toBe('One report: about 90 drones');
			});

			it('names every source behind the state', () => {
				expect(v.sources).toEqual(['report-000', 'ds-missile-attacks', 'ds-missiles-uavs']);
			});
		});
	}

	it('without a measured width, lays out for the default (prerendered) width', () => {
		expect(assaultView(data, 'by-type', say).width).toBe(600);
	});

	it('all: two groups, the reports’ figures beside the dataset’s count', () => {
		const v = assaultView(data, 'all', say, { width: 343 });
		expect(v.labels.filter((l) => l.opacity > 0).map(text)).toEqual([
			'One report: about 120 missiles | Dataset: 120, one mark each',
			'One report: about 90 drones | Dataset: 90, one mark each'
		]);
		expect(new Set(v.marks.map((m) => m.style))).toEqual(new Set(['plain']));
		// Missiles fill whole rows before the drones begin below them.
		const lastMissile = Math.max(...v.marks.filter((m) => m.kind === 'missile').map((m) => m.y));
		const firstDrone = Math.min(...v.marks.filter((m) => m.kind === 'drone').map((m) => m.y));
		expect(firstDrone).toBeGreaterThan(lastMissile);
		expect(v.summary).toContain('about 120 missiles and about 90 drones');
		expect(v.summary).toContain(
			'dates an attack with 120 missiles and 90 drones to 17 November 2024'
		);
		expect(v.summary).toContain('one undated report');
		expect(v.summary).not.toMatch(/the reports/i);
		const csv = tableToCsv(v.table).split('\n');
		expect(csv[0]).toBe('Weapons,Reported figure,In the dataset');
		expect(csv).toContain('Missiles,about 120,120');
		expect(csv).toContain('Drones,about 90,90');
	});

	it('by-type: one labelled group per weapon, the smallest ones readable', () => {
		const v = assaultView(data, 'by-type', say, { width: 600 });
		const groups = v.labels.filter((l) => l.level === 'group');
		expect(groups.every((l) => l.opacity === 1)).toBe(true);
		expect(groups.map(text)).toEqual([
			'Kh-101/Kalibr | 101 cruise missiles',
			'Kh-59/69 | 5 cruise missiles',
			'Kh-22/Kh-31P | 4 cruise missiles',
			'Zircon | 1 cruise missile',
			'Kinzhal | 8 ballistic missiles',
			'Iskander-M | 1 ballistic missile',
			'Shahed-136/131 | 90 drones'
		]);
		expect(text(label(v, 'section-missile'))).toContain('Dataset: 120, in 6 entries');
		// Each group's marks sit under its own label.
		for (const g of groups) {
			const marks = v.marks.filter((m) => m.weapon === g.title);
			expect(marks.length).toBeGreaterThan(0);
			for (const m of marks) {
				expect(m.y).toBeGreaterThan(g.y);
				expect(m.x).toBeGreaterThanOrEqual(g.x);
				expect(m.x + m.size).toBeLessThanOrEqual(g.x + g.width + v.cell);
			}
		}
		expect(v.summary).toContain(
			'6 entries, 3 of which combine two types: 101 Kh-101/Kalibr, 5 Kh-59/69, 4 Kh-22/Kh-31P, 1 Zircon, 8 Kinzhal, 1 Iskander-M'
		);
		expect(v.summary).toContain('90 drones were all Shahed-136/131');
		const csv = tableToCsv(v.table).split('\n');
		expect(csv[0]).toBe('Weapon,Category,Launched (dataset),Reported figure');
		expect(csv).toContain('Iskander-M,ballistic missile,1,');
		expect(csv).toContain('All missiles,,120,about 120');
		expect(csv).toContain('Shahed-136/131,UAV,90,');
		expect(v.table.rows).toHaveLength(rows.length + 2);
	});

	it('shot-down: each mark styled by its fate, the counts written out', () => {
		const v = assaultView(data, 'shot-down', say, { width: 928 });
		const missiles = v.marks.filter((m) => m.kind === 'missile');
		const drones = v.marks.filter((m) => m.kind === 'drone');
		expect(countBy(missiles, (m) => m.style)).toEqual({ destroyed: 102, unstopped: 18 });
		expect(countBy(drones, (m) => m.style)).toEqual({ destroyed: 42, lost: 41, unstopped: 7 });
		expect(text(label(v, 'section-missile'))).toBe(
			'One report: about 120 missiles | 102 shot down | 18 not reported stopped'
		);
		expect(text(label(v, 'section-drone'))).toBe(
			'One report: about 90 drones | 42 shot down | 41 lost in flight | 7 not reported stopped'
		);
		// The key swatches are drawn like the marks they count: not by colour alone.
		expect(label(v, 'section-drone').parts.map((p) => p.swatch)).toEqual([
			'destroyed',
			'lost',
			'unstopped'
		]);
		expect(text(label(v, 'group-iskander-m'))).toBe('Iskander-M | 0 of 1 shot down');
		expect(text(label(v, 'group-kh-101-kalibr'))).toBe('Kh-101/Kalibr | 85 of 101 shot down');
		expect(v.summary).toContain('102 of the 120 missiles shot down and 18 not reported stopped');
		expect(v.summary).toContain('42 were shot down, 41 were lost in flight and 7');
		const csv = tableToCsv(v.table).split('\n');
		expect(csv[0]).toBe(
			'Weapon,Category,Launched (dataset),Shot down,Lost in flight,Not reported stopped,Reported figure'
		);
		expect(csv).toContain('Kh-101/Kalibr,cruise missile,101,85,0,16,');
		expect(csv).toContain('All missiles,,120,102,0,18,about 120');
		expect(csv).toContain('All drones,,90,42,41,7,about 90');
	});

	it('in by-type and shot-down the marks stay put: only their style changes', () => {
		const a = assaultView(data, 'by-type', say, { width: 600 });
		const b = assaultView(data, 'shot-down', say, { width: 600 });
		expect(b.marks.map((m) => [m.x, m.y])).toEqual(a.marks.map((m) => [m.x, m.y]));
		expect(new Set(a.marks.map((m) => m.style))).toEqual(new Set(['plain']));
	});
});
