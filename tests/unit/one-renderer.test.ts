// One renderer (#13): a chart state's download draws the page's own plot. For every state of
// every chart, the marks of the page's plot (its ScaledSvg layers, in their viewBox's units,
// placed by LayerCake's padding in a box of the plot's size) and those of the download's SVG
// (the same layers drawn in px) are the same elements at the same places, within a pixel.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { CHARTS, CHART_IDS, type ChartId } from '../../src/lib/charts/catalogue';
import { chartDef } from '../../src/lib/charts/defs';
import { drawPlot } from '../../src/lib/share/plot.server';
import { DOWNLOAD_WIDTH, chartStateSvg } from '../../src/lib/share/download.server';
import { shareContext } from '../../src/lib/share/compose.server';

/** One mark's geometry in px: its kind and its numbers (corners, centre, ends, first point). */
export interface Mark {
	tag: string;
	at: number[];
}
type Affine = { x: (v: number) => number; y: (v: number) => number; s: number };

const attrs = (tag: string) =>
	Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** The marks inside the element opened at `from`, mapped to px by `map` and inner transforms. */
function marksIn(markup: string, from: number, map: Affine): Mark[] {
	const out: Mark[] = [];
	const stack: { name: string; map: Affine; skip: boolean }[] = [];
	let here = { map, skip: false };
	for (const m of markup.slice(from).matchAll(/<(\/?)([\w:-]+)([^>]*?)(\/?)>/g)) {
		const [, close, name, rest, empty] = m;
		if (close) {
			if (!stack.length) break;
			here = stack.pop()!;
			if (!stack.length) break;
			continue;
		}
		const a = attrs(rest);
		const skip = here.skip || ['defs', 'pattern', 'clipPath', 'text'].includes(name);
		let inner = here.map;
		for (const t of (a.transform ?? '').matchAll(/(translate|scale)\(([^)]*)\)/g)) {
			const [p, q = p] = t[2].split(/[\s,]+/).map(Number);
			const o = inner;
			inner =
				t[1] === 'translate'
					? { x: (v) => o.x(v + p), y: (v) => o.y(v + q), s: o.s }
					: { x: (v) => o.x(v * p), y: (v) => o.y(v * q), s: o.s * p };
		}
		if (!skip && ['rect', 'circle', 'line', 'path'].includes(name)) {
			const n = (k: string) => Number(a[k] ?? 0);
			const { x, y, s } = inner;
			const first = /M\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/.exec(a.d ?? '');
			const at =
				name === 'rect'
					? [x(n('x')), y(n('y')), x(n('x') + n('width')), y(n('y') + n('height'))]
					: name === 'circle'
						? [x(n('cx')), y(n('cy')), n('r') * s]
						: name === 'line'
							? [x(n('x1')), y(n('y1')), x(n('x2')), y(n('y2'))]
							: [x(Number(first?.[1])), y(Number(first?.[2]))];
			out.push({ tag: name, at });
		}
		if (!empty) {
			stack.push({ name, ...here });
			here = { map: inner, skip };
		}
	}
	return out;
}

/** The download's marks: each marks layer's group (data-marks), by its transforms. */
export function downloadMarks(svg: string): Mark[] {
	const id = { x: (v: number) => v, y: (v: number) => v, s: 1 };
	return [...svg.matchAll(/<g [^>]*data-marks="/g)].flatMap((m) => marksIn(svg, m.index, id));
}

/**
 * The page's marks: each ScaledSvg (viewBox stretched over the plot less LayerCake's padding,
 * as its style sets it) mapped into a plot of the download's size, layer by layer.
 */
export function pageMarks(html: string, width: number, sizes: number[][]): Mark[] {
	return [...html.matchAll(/<svg [^>]*preserveAspectRatio="none"[^>]*>/g)].flatMap((m, i) => {
		const a = attrs(m[0]);
		const [vx, vy, vw, vh] = a.viewBox.split(/\s+/).map(Number);
		const px = (k: string) =>
			Number(new RegExp(`${k}: (?:calc\\(100% - )?([\\d.]+)px`).exec(a.style)![1]);
		// A layer the download leaves out (aid's bars beside its figure) has no room on the page.
		const [w, h] = sizes[i] ?? [width - px('width'), 0];
		// The box CSS gives the layer: the plot's width less its padding, as the download's.
		expect(width - px('width')).toBeCloseTo(w, 0);
		const map = {
			x: (v: number) => px('left') + ((v - vx) / vw) * w,
			y: (v: number) => px('top') + ((v - vy) / vh) * h,
			s: w / vw
		};
		const marks = marksIn(html, m.index, map);
		if (sizes[i]) return marks;
		for (const mark of marks) expect(mark.at[1], 'a mark in no room').toBeCloseTo(mark.at[3], 5);
		return [];
	});
}

/** Both drawings of a state: the download's plot and the page's, at the download's width. */
export function bothDrawings(chart: ChartId, state: string) {
	const width = DOWNLOAD_WIDTH - 48;
	const { view, drawing } = drawPlot(chart, state, width);
	const Plot = chartDef(chart).Plot as unknown as Component<Record<string, unknown>>;
	const page = render(Plot, { props: { view } }).body;
	const sizes = [...drawing.body.matchAll(/data-marks="([\d.]+) ([\d.]+)"/g)].map((m) => [
		Number(m[1]),
		Number(m[2])
	]);
	return { width, svg: drawing.body, page, sizes };
}

/** Pairs of marks further apart than a pixel, or a count that differs. */
export function differences(a: Mark[], b: Mark[]): string[] {
	if (a.length !== b.length) return [`${a.length} marks against ${b.length}`];
	return a.flatMap((m, i) =>
		m.tag !== b[i].tag || m.at.some((v, j) => !(Math.abs(v - b[i].at[j]) <= 1))
			? [
					`${i}: ${m.tag} ${m.at.map((v) => v.toFixed(1))} ≠ ${b[i].tag} ${b[i].at.map((v) => v.toFixed(1))}`
				]
			: []
	);
}

describe('one renderer: the download draws the page’s marks where the page draws them', () => {
	for (const chart of CHART_IDS)
		for (const state of CHARTS[chart].STATES)
			it(`${chart} ${state}`, () => {
				const { width, svg, page, sizes } = bothDrawings(chart, state);
				const drawn = downloadMarks(svg);
				const shown = pageMarks(page, width, sizes);
				expect(differences(shown, drawn)).toEqual([]);
				// Every state but aid's figure draws something.
				if (!(chart === 'aid' && state === 'us')) expect(drawn.length).toBeGreaterThan(0);
			});

	it('finds a mark nudged by two pixels', () => {
		const { width, svg, page, sizes } = bothDrawings('drones', 'october');
		const drawn = downloadMarks(svg);
		const shown = pageMarks(page, width, sizes);
		const nudged = drawn.map((m, i) =>
			i === 3 ? { ...m, at: [m.at[0] + 2, ...m.at.slice(1)] } : m
		);
		expect(differences(shown, nudged)).toHaveLength(1);
		expect(differences(shown, drawn.slice(1))).toHaveLength(1);
	});
});

describe('one renderer: in each edition', () => {
	it('draws a Ukrainian download in Ukrainian words, set in faces that have Cyrillic', () => {
		const uk = chartStateSvg(shareContext('uk'), 'drones', 'october', 'uk');
		const en = chartStateSvg(shareContext(), 'drones', 'october');
		const words = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]+)</g)].map((m) => m[1]);
		expect(words(uk).filter((w) => /[а-яіїєґ]/i.test(w)).length).toBeGreaterThan(10);
		expect(words(en).some((w) => /[а-яіїєґ]/i.test(w))).toBe(false);
		// The same marks in both editions: the words change, the drawing does not.
		expect(differences(downloadMarks(uk), downloadMarks(en))).toEqual([]);
	});
});
