// The reach map's names are placed at build time (chart.json ships them): the map the browser
// draws from the shipped placements must be the map it would have placed itself.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectReach } from '../../../src/lib/charts/reach/data.server';
import { withPlacedNames } from '../../../src/lib/charts/reach/labels';
import { reachView } from '../../../src/lib/charts/reach/view';
import { STATES } from '../../../src/lib/charts/reach/index';
import { DATA_DIR, sayFor } from '../helpers';

const data = selectReach(readDataDir(DATA_DIR));

describe('names placed at build time', () => {
	it('draw every state exactly as the browser would place them', () => {
		// A fresh `say` each: the view remembers placements per set of words.
		const shipped = JSON.parse(JSON.stringify(withPlacedNames(data, sayFor('reach'))));
		for (const state of STATES)
			expect(reachView(shipped, state, sayFor('reach'))).toEqual(
				reachView(data, state, sayFor('reach'))
			);
		// Placing every state twice over takes seconds on a loaded machine.
	}, 60_000);
	it('are what the browser draws: it looks them up instead of searching again', () => {
		const shipped = withPlacedNames(data, sayFor('reach')) as typeof data & {
			placed: Record<string, { places: { wide: { x: number } | null }[] }>;
		};
		const moved = structuredClone(shipped);
		const i = moved.placed.atacms.places.findIndex((p) => p.wide);
		moved.placed.atacms.places[i].wide!.x += 10;
		const drawn = reachView(moved, 'atacms', sayFor('reach')).places[i].wide!;
		expect(drawn.x).toBe(shipped.placed.atacms.places[i].wide!.x + 10);
	});
});
