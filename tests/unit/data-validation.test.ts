import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/dataset';
import { DataError } from '../../src/lib/data/errors';
import { readDataDir } from '../../src/lib/data/read';
import { DATA_DIR, edit, lineOf, realTexts } from './helpers';

/** Runs the loader and returns its error message; fails the test if it does not throw. */
function messageOf(texts: Record<string, string | undefined>): string {
	try {
		parseDataset(texts);
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return (e as Error).message;
	}
	throw new Error('expected the dataset to be rejected');
}

describe('data/ as committed', () => {
	it('validates and carries every file', () => {
		const d = readDataDir(DATA_DIR);
		expect(d.drones).toHaveLength(12);
		expect(d.assault.reduce((s, w) => s + w.launched, 0)).toBe(210);
		expect(d.figures.length).toBe(d.ranges.length + d.troops.length + 24);
		expect(new Set(d.figures.map((f) => f.id)).size).toBe(d.figures.length);
	});

	it('types values: numbers as numbers, dates as ISO strings', () => {
		const d = readDataDir(DATA_DIR);
		const oct = d.figures.find((f) => f.id === 'drones-oct-2024-reported');
		expect(oct).toMatchObject({ value: 2000, unit: 'count', qualifier: 'over' });
		const date = d.figures.find((f) => f.id === 'decision-date');
		expect(date).toMatchObject({ value: '2024-11-17', unit: 'date' });
		expect(d.casualties.find((c) => c.month === '2024-02')).toMatchObject({
			killed: null,
			injured: null,
			total: 502
		});
	});
});

describe('malformed files fail with file, line, field and reason', () => {
	const texts = realTexts();
	const figLine = (needle: string) => lineOf(texts['figures.csv'], needle);

	it('a missing column', () => {
		const broken = edit(texts, 'figures.csv', 'id,value,unit,qualifier,', 'id,value,unit,');
		expect(messageOf(broken)).toContain('data/figures.csv:1: field "qualifier": missing column');
	});

	it('text in a number', () => {
		const line = figLine('assault-missiles,120');
		const broken = edit(texts, 'figures.csv', 'assault-missiles,120,', 'assault-missiles,lots,');
		expect(messageOf(broken)).toContain(
			`figures.csv:${line}: field "value": expected a number (found "lots")`
		);
	});

	it('a negative count', () => {
		const line = lineOf(texts['drones-monthly-2024.csv'], '2024-03,');
		const broken = edit(texts, 'drones-monthly-2024.csv', '2024-03,553,', '2024-03,-553,');
		expect(messageOf(broken)).toContain(
			`drones-monthly-2024.csv:${line}: field "launched": must not be negative`
		);
	});

	it('an unknown source', () => {
		const line = figLine('assault-killed,');
		const broken = edit(
			texts,
			'figures.csv',
			'people killed in the assault,2024-11-17,report-000',
			'people killed in the assault,2024-11-17,report-999'
		);
		expect(messageOf(broken)).toContain(
			`figures.csv:${line}: field "source": unknown source "report-999" (not an id in sources.csv)`
		);
	});

	it('a duplicate id, across figure files', () => {
		const broken = edit(texts, 'ranges.csv', 'himars-range-80km,', 'assault-missiles,');
		const msg = messageOf(broken);
		expect(msg).toMatch(
			/ranges\.csv:2: field "id": duplicate "assault-missiles" \(first at figures\.csv:\d+\)/
		);
	});

	it('a bad date', () => {
		const line = figLine('biden-leaves-office,');
		const broken = edit(
			texts,
			'figures.csv',
			'biden-leaves-office,2025-01-20',
			'biden-leaves-office,2025-02-30'
		);
		expect(messageOf(broken)).toContain(
			`figures.csv:${line}: field "value": expected a real date as YYYY-MM-DD or YYYY-MM (found "2025-02-30")`
		);
	});

	it('a bad period interval', () => {
		const broken = edit(texts, 'figures.csv', '2022-01/2024-06', '2024-06/2022-01');
		expect(messageOf(broken)).toMatch(
			/figures\.csv:\d+: field "period": expected a date, a month or an interval/
		);
	});

	it('an unknown qualifier and an unknown unit', () => {
		let broken = edit(texts, 'figures.csv', '2000,count,over,', '2000,count,roughly,');
		expect(messageOf(broken)).toMatch(
			/field "qualifier": expected one of: exact, about, at least, over, up to, almost \(found "roughly"\)/
		);
		broken = edit(texts, 'figures.csv', '2000,count,over,', '2000,drones,over,');
		expect(messageOf(broken)).toMatch(/field "unit": expected a unit among: date, count/);
	});

	it('latitude out of range', () => {
		const broken = edit(texts, 'places.csv', 'Kyiv,UA,50.45466', 'Kyiv,UA,150.45466');
		expect(messageOf(broken)).toContain('places.csv:2: field "lat": must be at most 90');
	});

	it('an orphan source', () => {
		const broken = edit(
			texts,
			'sources.csv',
			'report-000,',
			'report-extra,news-report,Unused,Unused,not stated,,,not stated,,\nreport-000,'
		);
		expect(messageOf(broken)).toContain(
			'sources.csv:2: field "id": source "report-extra" is cited by no figure or series'
		);
	});

	it('a row with too few fields, and a missing file', () => {
		const broken = edit(texts, 'places.csv', 'Kyiv,UA,50.45466,30.5238,ds-geonames', 'Kyiv,UA');
		expect(messageOf(broken)).toContain('places.csv:2: expected 5 fields, found 2');
		expect(messageOf({ ...texts, 'troops.csv': undefined })).toContain(
			'troops.csv:0: file is missing from data/'
		);
	});

	it('totals that do not add up', () => {
		const broken = edit(
			texts,
			'casualties-monthly-2024.csv',
			'2024-01,158,483,641',
			'2024-01,158,483,640'
		);
		expect(messageOf(broken)).toContain(
			'casualties-monthly-2024.csv:2: field "total": killed + injured is 641, not 640'
		);
	});

	it('lists every problem at once, not just the first', () => {
		let broken = edit(texts, 'figures.csv', 'assault-missiles,120,', 'assault-missiles,lots,');
		broken = edit(broken, 'drones-monthly-2024.csv', '2024-03,553,', '2024-03,-553,');
		const msg = messageOf(broken);
		expect(msg).toMatch(/^2 problems in the story's data:/);
	});
});

describe('exports from any spreadsheet are accepted', () => {
	it('CRLF endings, a BOM and trailing blank lines', () => {
		const texts = realTexts();
		const messy = Object.fromEntries(
			Object.entries(texts).map(([f, t]) => [f, '\uFEFF' + t.replace(/\n/g, '\r\n') + '\r\n\r\n\n'])
		);
		expect(messy['figures.csv']).toMatch(/^\uFEFFid,value.*\r\n/);
		const clean = parseDataset(texts);
		expect(parseDataset(messy)).toEqual(clean);
	});
});

describe('the build step', () => {
	it('stops on a malformed file in data/', async () => {
		const { mkdtempSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const { validateData } = await import('../../src/lib/data/vite-plugin');
		const dir = mkdtempSync(join(tmpdir(), 'wr-data-'));
		const texts = edit(
			realTexts(),
			'figures.csv',
			'assault-missiles,120,',
			'assault-missiles,lots,'
		);
		for (const [f, t] of Object.entries(texts)) writeFileSync(join(dir, f), t);
		const plugin = validateData(dir);
		const run = () => (plugin.buildStart as () => void).call({});
		expect(run).toThrow(
			/data\/figures\.csv:\d+: field "value": expected a number \(found "lots"\)/
		);
		writeFileSync(join(dir, 'figures.csv'), realTexts()['figures.csv']);
		expect(run).not.toThrow();
	});
});
