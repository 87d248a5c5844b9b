// Names a reader sees that come from data/ (weapons, categories, places, who made an estimate,
// what it counts, a source's credit) are content keys: the English words spell each exactly as
// data/ does, so that edition reads as before, and the Ukrainian words give every one.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { slug } from '../../../src/lib/content/words';
import * as troops from '../../../src/lib/charts/troops/data.server';
import * as distances from '../../../src/lib/charts/distances/data.server';
import { LAUNCH_PLACE } from '../../../src/lib/charts/reach/data.server';
import { DATA_DIR, sayFor } from '../helpers';

const dataset = readDataDir(DATA_DIR);
const CHARTS = ['assault', 'troops', 'distances', 'reach'] as const;
const en = Object.fromEntries(CHARTS.map((c) => [c, sayFor(c)]));
const uk = Object.fromEntries(CHARTS.map((c) => [c, sayFor(c, 'uk')]));

describe('names from data/', () => {
	const groups: [(typeof CHARTS)[number], string, string[]][] = [
		['assault', 'weapon', dataset.assault.map((w) => w.weapon)],
		['assault', 'category-name', dataset.assault.map((w) => w.category)],
		['distances', 'name', distances.select(dataset).cities.map((c) => c.name)],
		['distances', 'from', [distances.select(dataset).from]],
		['distances', 'weapon', distances.select(dataset).ranges.map((r) => r.weapon)],
		['reach', 'name', dataset.places.map((p) => p.name)],
		['reach', 'from', [LAUNCH_PLACE]],
		['reach', 'credit', ['report-000', 'report-001', 'report-002', 'report-003']],
		['troops', 'counts', dataset.troops.map((t) => t.id)],
		['troops', 'who', troops.select(dataset).estimates.map((e) => e.estimateBy)]
	];
	it('the English words spell each name as data/ does, and Ukrainian has each', () => {
		for (const [chart, group, names] of groups)
			for (const name of names) {
				expect(uk[chart].has(`${group}.${slug(name)}`), `${chart} ${group}.${slug(name)}`).toBe(
					true
				);
				if (group === 'credit')
					expect(en[chart].named(group, name)).toBe(
						dataset.sources.find((s) => s.id === name)!.credit
					);
				else if (group !== 'counts') expect(en[chart].named(group, name)).toBe(name);
			}
		for (const e of troops.select(dataset).estimates) {
			expect(en.troops.named('counts', e.id)).toBe(e.counts);
			expect(en.troops.named('credit', e.source)).toBe(e.credit);
			expect(uk.troops.has(`credit.${e.source}`)).toBe(true);
		}
	});

	it('English falls back to data/’s own text; an edition lacking a name stops the build', () => {
		expect(en.distances.named('name', 'Kyiv')).toBe('Kyiv');
		expect(en.troops.named('credit', 'report-999', 'A credit')).toBe('A credit');
		expect(() => uk.distances.named('name', 'Kyiv')).toThrow(
			'The uk edition: src/content/uk/charts/distances.aml lacks "name.kyiv" (data/: "Kyiv").'
		);
		expect(() => uk.troops.named('credit', 'report-999', 'A credit')).toThrow(
			'src/content/uk/charts/troops.aml lacks "credit.report-999"'
		);
		expect(slug('Orël')).toBe('orel');
		expect(slug('Kh-22/Kh-31P')).toBe('kh-22-kh-31p');
	});
});
