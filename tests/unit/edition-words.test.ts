// No edition ships English unnoticed: every chart, the interface, the sources' credits and
// the figures' descriptions must be in each edition's own words, or the build stops and names
// the edition, the file and the key.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	chartWords,
	creditedSources,
	describedFigures,
	lacking,
	parseWords
} from '../../src/lib/content/words.server';
import { EDITIONS } from '../../src/lib/content/editions';
import { CHART_IDS } from '../../src/lib/charts/catalogue';
import { readDataDir } from '../../src/lib/data/read';
import { DATA_DIR } from './helpers';

const CONTENT = resolve(import.meta.dirname, '../../src/content');
const words = (path: string) => parseWords(readFileSync(resolve(CONTENT, path), 'utf8'), path);
const dataset = readDataDir(DATA_DIR);

describe('every edition speaks its own words', () => {
	for (const locale of EDITIONS) {
		for (const chart of CHART_IDS)
			it(`${locale}: the ${chart} chart has every key English has`, () => {
				expect(chartWords(chart, locale).file).toBe(`src/content/${locale}/charts/${chart}.aml`);
			});
		it(`${locale}: every source credited and its note given`, () => {
			const cyrillic = /\p{Script=Cyrillic}/u;
			for (const s of creditedSources(dataset.sources, locale)) {
				// A publisher's own name alone (GeoNames) is its credit in any language.
				if (!s.publisher.startsWith(s.credit)) expect(s.credit, s.id).toMatch(cyrillic);
				if (s.note) expect(s.note, s.id).toMatch(cyrillic);
			}
			const unknown = { ...dataset.sources[0], id: 'report-999' };
			expect(() => creditedSources([unknown], locale)).toThrow(
				`the ${locale} edition: src/content/${locale}/credits.aml lacks "credit.report-999"`
			);
		});
		it(`${locale}: every figure described, its inferred dates still known`, () => {
			const described = describedFigures(dataset.figures, locale);
			const english = describedFigures(dataset.figures, 'en');
			for (const [i, f] of described.entries()) {
				expect(f.counts, f.id).not.toBe(dataset.figures[i].counts);
				expect(f.inferred, f.id).toBe(english[i].inferred);
			}
			expect(described.filter((f) => f.inferred).length).toBeGreaterThan(5);
			const unknown = { ...dataset.figures[0], id: 'figure-999' };
			expect(() => describedFigures([unknown], locale)).toThrow(
				`src/content/${locale}/figures.aml lacks "counts.figure-999"`
			);
		});
	}

	it('a key missing from an edition is named with its edition, file and placeholders', () => {
		const path = 'uk/charts/reach.aml';
		const uk = words(path);
		expect(lacking(words('en/charts/reach.aml'), uk, 'uk', path)).toEqual([]);
		const { 'summary.himars': _gone, ...less } = uk;
		expect(lacking(words('en/charts/reach.aml'), less, 'uk', path)).toEqual([
			'the uk edition: src/content/uk/charts/reach.aml lacks "summary.himars" with {launch}, {permission}, {range}, {reach}, {weapon}'
		]);
		const plural = Object.fromEntries(
			Object.entries(uk).filter(([k]) => !k.startsWith('summary.reports.'))
		);
		expect(lacking(words('en/charts/reach.aml'), plural, 'uk', path)).toEqual([
			'the uk edition: src/content/uk/charts/reach.aml lacks "summary.reports.*" with {number}'
		]);
	});
});
