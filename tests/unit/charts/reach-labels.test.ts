// The reach map's names against its rings, at every width a reader's map can have (8 px apart
// from a 320px phone's 288 px map to the widest embed's 1,152, and both sides of the layouts'
// break at 560): no ring or band edge passes through any name's box, no two names overlap,
// every name stays inside the map, and the names a state must show are there. A name's box is
// estimated from its text at 13px (boxes.ts), as the view estimates it to place the name; the
// rings are the view's own paths.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectReach } from '../../../src/lib/charts/reach/data.server';
import { reachView, type Label, type ReachView } from '../../../src/lib/charts/reach/view';
import { STATES } from '../../../src/lib/charts/reach/index';
import { LAYOUTS, boxOf } from '../../../src/lib/charts/reach/boxes';
import {
	inside,
	lineHits,
	overlaps,
	polylines,
	rectAt,
	segmentHits,
	type Rect
} from '../../../src/lib/charts/reach/geometry';
import { DATA_DIR, sayFor } from '../helpers';

const data = selectReach(readDataDir(DATA_DIR));

const WIDTHS = [
	...Array.from(
		{ length: (LAYOUTS.wide.max - LAYOUTS.narrow.min) / 8 + 1 },
		(_, i) => LAYOUTS.narrow.min + i * 8
	),
	LAYOUTS.narrow.max,
	LAYOUTS.wide.min
];
const sizeAt = (w: number) => (w < LAYOUTS.wide.min ? 'narrow' : 'wide');

/** Every name a view puts on a map of one layout, with what it names. */
function names(v: ReachView, size: 'wide' | 'narrow'): { id: string; label: Label }[] {
	return [
		...v.rings.map((r) => ({ id: `ring ${r.id}`, label: r.label[size] })),
		...v.places.map((p) => ({ id: p.name, label: p[size] })),
		...v.countries.map((c) => ({ id: c.name, label: c[size] })),
		...v.offMap.map((o) => ({ id: `${o.name} (beyond)`, label: o[size] }))
	].filter((n): n is { id: string; label: Label } => n.label !== null);
}

/** A name's box in map units on a map `w` px wide. */
const boxAt = (v: ReachView, label: Label, w: number): Rect =>
	rectAt(boxOf(label, label), v.viewBox.width / w);

// Each edition's names (Ukrainian ones are longer: «від 299 до 306 км», «умовна точка пуску»).
for (const locale of ['en', 'uk'] as const)
	describe(`reach map: names and rings (${locale})`, () => {
		const say = sayFor('reach', locale);
		for (const state of STATES) {
			const v = reachView(data, state, say);
			const rings = v.rings.filter((r) => r.emphasis !== 'hidden');
			const lines = rings.flatMap((r) => polylines(r.path).map((l) => ({ id: r.id, l })));

			it(`${state}: no ring or band edge passes through a name, at any width`, () => {
				// The band is two edges, the rings one each: the test reads the paths the map draws.
				expect(lines.map((l) => l.id)).toEqual(
					rings.flatMap((r) => (r.kind === 'band' ? [r.id, r.id] : [r.id]))
				);
				const crossed = WIDTHS.flatMap((w) =>
					names(v, sizeAt(w)).flatMap(({ id, label }) =>
						lines
							.filter(({ l }) => lineHits(l, boxAt(v, label, w)))
							.map((l) => `${w}px: ${l.id} crosses ${id}`)
					)
				);
				expect(crossed).toEqual([]);
			});

			it(`${state}: names stay inside the map and clear of each other and of leader lines`, () => {
				const view: Rect = {
					x0: v.viewBox.x,
					y0: v.viewBox.y,
					x1: v.viewBox.x + v.viewBox.width,
					y1: v.viewBox.y + v.viewBox.height
				};
				const faults = WIDTHS.flatMap((w) => {
					const all = names(v, sizeAt(w)).map((n) => ({ ...n, box: boxAt(v, n.label, w) }));
					return all.flatMap((a, i) => [
						...(inside(a.box, view) ? [] : [`${w}px: ${a.id} leaves the map`]),
						...all
							.slice(i + 1)
							.filter((b) => overlaps(a.box, b.box))
							.map((b) => `${w}px: ${a.id} overlaps ${b.id}`),
						...all
							.filter((b) => b !== a && b.label.from)
							.filter((b) => segmentHits(b.label.from!, b.label, a.box))
							.map((b) => `${w}px: ${b.id}'s leader runs through ${a.id}`)
					]);
				});
				expect(faults).toEqual([]);
			});

			it(`${state}: names every Russian city inside a ring on show, on wide and narrow maps`, () => {
				const reach = Math.max(
					...data.rings.filter((_, i) => v.rings[i].emphasis !== 'hidden').map((r) => r.outerKm)
				);
				const inView = (p: { x: number; y: number }) =>
					p.x > v.viewBox.x &&
					p.x < v.viewBox.x + v.viewBox.width &&
					p.y > v.viewBox.y &&
					p.y < v.viewBox.y + v.viewBox.height;
				const within = data.places.filter((p) => p.country === 'RU' && p.km <= reach && inView(p));
				expect(within.length).toBeGreaterThan(0);
				for (const size of ['wide', 'narrow'] as const) {
					const named = v.places.filter((p) => p[size]).map((p) => p.name);
					expect(named, size).toEqual(
						expect.arrayContaining([data.launch, ...within.map((p) => p.name)])
					);
					// Every ring on show has its name where it is the state's subject.
					const lead = rings.find((r) => r.emphasis === 'focus') ?? rings[rings.length - 1];
					expect(lead.label[size], `${lead.id} ${size}`).not.toBeNull();
				}
			});
		}
	});
