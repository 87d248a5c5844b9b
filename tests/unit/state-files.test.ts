// The files of each chart state (data/<chart>/<state>.csv, .svg, .png) share one list of
// pages and one check of the address (routes/data/[chart]/state-file.ts).
import { describe, expect, it } from 'vitest';
import { CHARTS, CHART_IDS } from '../../src/lib/charts/catalogue';
import { stateEntries, stateFile } from '../../src/routes/data/[chart]/state-file';

describe('chart state files', () => {
	it('one page for every state of every chart', () => {
		const all = CHART_IDS.flatMap((chart) => CHARTS[chart].STATES.map((s) => `${chart}/${s}`));
		expect(stateEntries().map(({ chart, state }) => `${chart}/${state}`)).toEqual(all);
	});
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
