// The files of each chart state (data/<chart>/<state>.csv, .svg, .png) share one list of
// pages and one check of the address (routes/data/[chart]/state-file.ts).
import { describe, expect, it } from 'vitest';
import { CHARTS, CHART_IDS } from '../../src/lib/charts/catalogue';
import { chartContext } from '../../src/lib/charts/catalogue.server';
import { csvParseRows } from 'd3-dsv';
import { stateEntries, stateFile } from '../../src/routes/[[lang=lang]]/data/[chart]/state-file';

const csvRoute = await import('../../src/routes/[[lang=lang]]/data/[chart]/[state].csv/+server');
/** A state's CSV as its route serves it, in an edition. */
async function csv(chart: string, state: string, lang?: string) {
	const get = csvRoute.GET as unknown as (e: { params: object }) => Response;
	return csvParseRows(await get({ params: { lang, chart, state } }).text());
}

describe('chart state files', () => {
	it('one page for every state of every chart, in each edition', () => {
		const all = CHART_IDS.flatMap((chart) => CHARTS[chart].STATES.map((s) => `${chart}/${s}`));
		const page = (e: { lang?: string; chart: string; state: string }) =>
			`${e.lang ? `${e.lang}/` : ''}${e.chart}/${e.state}`;
		expect(stateEntries().map(page)).toEqual([...all, ...all.map((p) => `uk/${p}`)]);
	});
	it("the Ukrainian CSV: the same table under Ukrainian headings, its numbers as the English CSV's", async () => {
		const cyrillic = (t: string) =>
			(t.match(/\p{Script=Cyrillic}/gu) ?? []).length /
			Math.max(1, (t.match(/\p{L}/gu) ?? []).length);
		for (const chart of CHART_IDS)
			for (const state of CHARTS[chart].STATES) {
				const [en, uk] = [await csv(chart, state), await csv(chart, state, 'uk')];
				const where = `${chart}/${state}`;
				expect(uk.length, where).toBe(en.length);
				expect(uk[0], where).toEqual(
					chartContext()
						.view(chart, state, undefined, 'uk')
						.table.columns.map((c) => c.label)
				);
				expect(cyrillic(uk[0].join(' ')), where).toBeGreaterThan(0.9);
				// A number in English is the same number, written alike, in Ukrainian.
				for (const [r, row] of en.entries())
					for (const [c, cell] of row.entries())
						if (r > 0 && /^-?\d+(\.\d+)?$/.test(cell))
							expect(uk[r][c], `${where} ${r}:${c}`).toBe(cell);
			}
	}, 60_000);
	it('a known state is served with its content type', async () => {
		const response = stateFile({ chart: 'drones', state: 'rise' }, 'text/plain', (c, s) => c + s);
		expect(response.headers.get('content-type')).toBe('text/plain');
		expect(await response.text()).toBe('dronesrise');
	});
	it('an unknown chart or state is a 404, and nothing is drawn', () => {
		const never = () => {
			throw new Error('drawn');
		};
		for (const params of [
			{ chart: 'nope', state: 'rise' },
			{ chart: 'drones', state: 'nope' }
		])
			expect(() => stateFile(params, 'text/plain', never)).toThrow(
				expect.objectContaining({ status: 404 })
			);
	});
});
