// The aid chart drawn from its view, as its Plot.svelte lays it out: heading and key, then
// the `us` state's one figure on its own, or bar pieces placed in % of the plot on the euro
// axis with names and values; then the note.
import type { AidPart, AidView } from '$lib/charts/aid/view';
import { color } from '../tokens.server';
import { el } from '../svg';
import { lines, text, textWidth, wrap } from '../text.server';
import { LABEL, type Painter } from './types';

const PAD = { top: 4, right: 76, bottom: 28, left: 0 };
const STRIPES = 'share-aid-financial';
const LH = LABEL * 1.3;

/** The fill (and outline) of each kind of bar piece, as Bars.svelte and Key.svelte draw them. */
function paint(kind: AidView['marks'][number]['kind']): Record<string, string | number> {
	if (kind === 'financial') return { fill: `url(#${STRIPES})` };
	if (kind === 'humanitarian')
		return {
			fill: color('aid-3'),
			'fill-opacity': 0.3,
			stroke: color('aid-3'),
			'stroke-width': 1.5
		};
	return { fill: color('aid') };
}

function glyph(kind: AidPart, x: number, y: number): string {
	if (kind !== 'financial')
		return el('rect', {
			x: x + 0.5,
			y: y + 0.5,
			width: 13,
			height: 11,
			...paint(kind),
			'stroke-width': 1.2
		});
	return (
		el('rect', { x, y, width: 14, height: 12, fill: color('aid-2'), 'fill-opacity': 0.3 }) +
		[0, 4, 8]
			.map((d) => el('rect', { x, y: y + d, width: 14, height: 2, fill: color('aid-2') }))
			.join('')
	);
}

export const paintAid: Painter<AidView> = (view, { width, height, notes }) => {
	const out: string[] = [];

	// Above the plot: what the bars measure, then the key, in at least two or three lines.
	const heading = lines(0, 0, wrap(view.heading, width, LABEL, 'sans-bold'), {
		size: LABEL,
		face: 'sans-bold',
		fill: color('text'),
		lineHeight: LH
	});
	out.push(heading.svg);
	let x = 0;
	let y = heading.height + 4;
	for (const item of view.key) {
		const w = 20 + textWidth(item.text, LABEL);
		if (x > 0 && x + w > width) {
			x = 0;
			y += LH + 4;
		}
		out.push(glyph(item.kind, x, y + 2.5));
		out.push(text(x + 20, y + 13, item.text, { size: LABEL, fill: color('text') }));
		x += w + 16;
	}
	if (view.key.length) y += LH;
	const top = Math.max(y, (width < 560 ? 3 : 2) * LH + 4) + 8;
	const end = view.figure
		? figure(view.figure, top, width, out)
		: bars(view, top, width, height, out);
	if (!notes) return { width, height: Math.ceil(end), body: out.join('') };
	const noteTop = end + 8;
	const note = lines(0, noteTop, wrap(view.note, width, LABEL), {
		size: LABEL,
		fill: color('muted'),
		lineHeight: LH
	});
	out.push(note.svg);
	return { width, height: Math.ceil(noteTop + note.height), body: out.join('') };
};

/** The `us` state's figure, as Figure.svelte sets it: a rule, the value large, its source. */
function figure(f: NonNullable<AidView['figure']>, top: number, width: number, out: string[]) {
	const x = 6 + 16;
	const value = lines(x, top + 8, [f.value], {
		size: 40,
		face: 'sans-bold',
		fill: color('aid'),
		lineHeight: 44
	});
	const source = lines(
		x,
		top + 8 + value.height + 4,
		wrap(f.source, Math.min(576, width - x), LABEL),
		{
			size: LABEL,
			fill: color('muted'),
			lineHeight: LH
		}
	);
	const bottom = top + 8 + value.height + 4 + source.height + 4;
	out.push(el('rect', { x: 0, y: top, width: 6, height: bottom - top, fill: color('aid') }));
	out.push(value.svg, source.svg);
	// A breath under the figure, as its margin on the page.
	return bottom + 8;
}

/** `donors` and `by-type`: the bar pieces on the euro axis, names over them, values after. */
function bars(view: AidView, top: number, width: number, height: number, out: string[]) {
	const narrow = width < 480;
	const short = width < 640;
	const plot = {
		x: PAD.left,
		y: top + PAD.top,
		w: width - PAD.left - PAD.right,
		h: height - PAD.top - PAD.bottom
	};
	const px = (pct: number) => plot.x + (pct / 100) * plot.w;
	const py = (pct: number) => plot.y + (pct / 100) * plot.h;
	const period = plot.h * 0.012;
	out.push(
		el(
			'defs',
			{},
			el(
				'pattern',
				{ id: STRIPES, patternUnits: 'userSpaceOnUse', width: plot.w, height: period, y: plot.y },
				el('rect', { width: plot.w, height: period, fill: color('aid-2'), 'fill-opacity': 0.3 }) +
					el('rect', { width: plot.w, height: period / 2, fill: color('aid-2') })
			)
		)
	);

	for (const a of view.axes)
		a.ticks.forEach((t, i) => {
			out.push(
				el('line', {
					x1: px(t.x),
					x2: px(t.x),
					y1: py(a.top),
					y2: py(a.bottom),
					stroke: color('rule')
				})
			);
			if (t.minor && narrow) return;
			out.push(
				text(px(t.x), py(a.bottom) + 4 + LABEL * 0.8, t.label, {
					size: LABEL,
					fill: color('muted'),
					anchor: i === 0 ? 'start' : 'middle'
				})
			);
		});
	for (const m of view.marks) {
		if (m.opacity <= 0.02 || m.x1 <= m.x0) continue;
		out.push(
			el('rect', {
				x: px(m.x0),
				y: py(m.y),
				width: px(m.x1) - px(m.x0),
				height: py(m.y + m.h) - py(m.y),
				opacity: m.opacity < 1 ? m.opacity : null,
				...paint(m.kind)
			})
		);
	}
	for (const l of view.labels) {
		const words = short ? l.short : l.text;
		if (l.role === 'name') {
			const w = textWidth(words, LABEL);
			out.push(
				el('rect', {
					x: px(l.x),
					y: py(l.y),
					width: w + 4,
					height: LABEL * 1.25,
					fill: color('bg')
				})
			);
			out.push(
				lines(px(l.x), py(l.y), [words], {
					size: LABEL,
					fill: color('text'),
					lineHeight: LABEL * 1.25
				}).svg
			);
		} else
			out.push(
				text(px(l.x) + 6, py(l.y) + LABEL * 0.35, words, {
					size: LABEL,
					face: 'sans-bold',
					fill: color('text')
				})
			);
	}

	return top + height;
}
