// The casualties chart drawn from its view, as its Plot.svelte lays it out at this width: the
// key, one dot per person in blocks placed in lines of text and dot steps, or the UN's monthly
// columns with their axes, in a plot as tall as the view says; then the note.
import { scaleBand, scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { CasualtiesView, KeyKind, PeopleLabel, PersonMark } from '$lib/charts/casualties/view';
import { LINE, pxHeight, stepFor } from '$lib/charts/casualties/height';
import { color } from '../tokens.server';
import { el } from '../svg';
import { lines, text, textWidth, wrap, type Face } from '../text.server';
import { LABEL, type Painter } from './types';

const n = format(',');
const PAD = { top: 44, right: 8, bottom: 28, left: 44 };

function glyph(kind: KeyKind, x: number, y: number): string {
	const people = color('people');
	const c = (r: number, extra: Record<string, string | number>) =>
		el('circle', { cx: x + 6, cy: y + 6, r, ...extra });
	const r = (extra: Record<string, string | number>) =>
		el('rect', { x: x + 1, y: y + 1, width: 10, height: 10, ...extra });
	switch (kind) {
		case 'person-killed':
			return c(4.6, { fill: people });
		case 'person-child':
			return c(3.1, { fill: people, 'fill-opacity': 0.6, stroke: people, 'stroke-width': 1 });
		case 'person-injured':
			return c(3.8, { fill: 'none', stroke: people, 'stroke-width': 1.2 });
		case 'killed':
			return r({ fill: people });
		case 'injured':
			return r({ fill: people, 'fill-opacity': 0.22, stroke: people, 'stroke-width': 1 });
		case 'total':
			return r({
				fill: color('neutral'),
				'fill-opacity': 0.3,
				stroke: color('neutral'),
				'stroke-width': 1.2,
				'stroke-dasharray': '3 2'
			});
	}
}

/** The key as the page's flex-wrap row: glyph, 6px, words; 16px between items. */
function key(items: CasualtiesView['key'], width: number): { svg: string; height: number } {
	const out: string[] = [];
	let x = 0;
	let y = 0;
	for (const item of items) {
		const w = 18 + textWidth(item.text, LABEL);
		if (x > 0 && x + w > width) {
			x = 0;
			y += LINE + 4;
		}
		out.push(glyph(item.kind, x, y + 2.5));
		out.push(text(x + 18, y + 13, item.text, { size: LABEL, fill: color('text') }));
		x += w + 16;
	}
	return { svg: out.join(''), height: y + LINE };
}

/** A person's dot in a block whose dot step is `s` px, as People.svelte draws it. */
function dot(p: PersonMark, cx: number, cy: number, s: number): string {
	const ink = color('people');
	if (p.kind === 'injured')
		return el('circle', {
			cx,
			cy,
			r: 0.32 * s,
			fill: 'none',
			stroke: ink,
			'stroke-width': 0.1 * s
		});
	if (!p.child) return el('circle', { cx, cy, r: 0.38 * s, fill: ink });
	const ring = { stroke: ink, 'stroke-width': 0.08 * s };
	return el('circle', { cx, cy, r: 0.26 * s, fill: ink, 'fill-opacity': 0.6, ...ring });
}

const ROLE: Record<PeopleLabel['role'], { size: number; face: Face; fill: string; lh: number }> = {
	title: { size: LABEL, face: 'sans-bold', fill: 'text', lh: 1.25 },
	count: { size: LABEL, face: 'sans-bold', fill: 'people', lh: 1.25 },
	lead: { size: 22, face: 'sans-bold', fill: 'people', lh: 1.2 },
	note: { size: LABEL, face: 'sans', fill: 'muted', lh: 1.25 },
	open: { size: 17, face: 'sans-bold', fill: 'people', lh: 1 }
};

export const paintCasualties: Painter<CasualtiesView> = (view, { width, notes }) => {
	const step = stepFor(width);
	const narrow = width < 480;
	const titleShort = width < 640;
	const out: string[] = [];
	const k = key(view.key, width);
	out.push(k.svg);
	const top = k.height + 8;
	const cakeH = pxHeight(view.height, step);
	const at = (lines: number, steps: number) => top + lines * LINE + steps * step;

	if (view.monthly) {
		const m = view.monthly;
		const x = scaleBand<string>()
			.domain(view.months)
			.range([PAD.left, width - PAD.right])
			.paddingInner(0.2)
			.paddingOuter(0.1);
		const y = scaleLinear()
			.domain([0, view.yMax])
			.range([top + cakeH - PAD.bottom, top + PAD.top]);
		const band = x.bandwidth();
		for (const t of m.yTicks) {
			out.push(
				el('line', {
					x1: PAD.left,
					x2: width - PAD.right,
					y1: y(t),
					y2: y(t),
					stroke: color('rule')
				})
			);
			out.push(
				text(PAD.left - 6, y(t) + LABEL * 0.35, n(t), {
					size: LABEL,
					fill: color('muted'),
					anchor: 'end'
				})
			);
		}
		for (const s of view.segments) {
			if (s.y1 === s.y0) continue;
			const people = color('people');
			const style =
				s.part === 'killed'
					? { fill: people }
					: s.part === 'injured'
						? { fill: people, 'fill-opacity': 0.22, stroke: people, 'stroke-width': 1 }
						: {
								fill: color('neutral'),
								'fill-opacity': 0.3,
								stroke: color('neutral'),
								'stroke-width': 1.5,
								'stroke-dasharray': '4 3'
							};
			out.push(
				el('rect', {
					x: x(s.month) ?? 0,
					y: y(s.y1),
					width: band,
					height: y(s.y0) - y(s.y1),
					...style,
					...(s.focus ? { stroke: color('text'), 'stroke-width': 1.5 } : {})
				})
			);
		}
		for (const t of m.xTicks)
			out.push(
				text(
					(x(t.value) ?? 0) + band / 2,
					top + cakeH - PAD.bottom + 6 + LABEL,
					narrow ? t.short : t.label,
					{
						size: LABEL,
						fill: color('muted'),
						anchor: 'middle'
					}
				)
			);
		if (m.focus) {
			const fx = (x(m.focus.month) ?? 0) + band / 2;
			out.push(
				el('line', {
					x1: fx,
					x2: fx,
					y1: top + PAD.top - 6,
					y2: y(m.focus.value),
					stroke: color('text')
				})
			);
			const right = (x(m.focus.month) ?? 0) + band;
			const words = wrap(
				narrow ? m.focus.short : m.focus.text,
				right - PAD.left,
				LABEL,
				'sans-bold'
			);
			const lh = LABEL * 1.25;
			words.forEach((w, i) =>
				out.push(
					text(right, top + PAD.top - 8 - (words.length - 1 - i) * lh - LABEL * 0.3, w, {
						size: LABEL,
						face: 'sans-bold',
						fill: color('text'),
						anchor: 'end'
					})
				)
			);
		}
		if (width >= 720)
			for (const t of m.totalOnly)
				out.push(
					text((x(t.month) ?? 0) + band / 2, y(t.value) - 4 - LABEL * 0.3, t.text, {
						size: LABEL,
						fill: color('muted'),
						anchor: 'middle',
						halo: color('bg')
					})
				);
	}

	// People blocks: a dot per person, `scale` steps apart, as the page's block SVGs draw them.
	for (const b of view.blocks.filter((x) => x.opacity > 0.02)) {
		const s = step * b.scale;
		const [x0, y0] = [(b.x / 100) * width, at(b.lines, b.steps)];
		for (const p of view.marks.filter((m) => m.block === b.id))
			out.push(dot(p, x0 + (p.col + 0.5) * s, y0 + (p.row + 0.5) * s, s));
	}
	for (const l of view.labels) {
		const role = ROLE[l.role];
		const words = l.role === 'title' ? (titleShort ? l.short : l.text) : narrow ? l.short : l.text;
		const [x0, y0] = [(l.x / 100) * width + l.dx * step, at(l.lines, l.steps)];
		const style = { size: role.size, face: role.face, fill: color(role.fill) };
		// The "+" sits beside the last dot, centred on its row.
		if (l.role === 'open') out.push(text(x0 + 4, y0 + role.size * 0.35, words, style));
		else {
			const rows = wrap(words, (l.width / 100) * width, role.size, role.face);
			out.push(lines(x0, y0, rows, { ...style, lineHeight: role.size * role.lh }).svg);
		}
	}

	const noteTop = top + cakeH + 8;
	if (!notes) return { width, height: Math.ceil(noteTop - 8), body: out.join('') };
	const note = lines(0, noteTop, wrap(view.note, width, LABEL), {
		size: LABEL,
		fill: color('muted'),
		lineHeight: LABEL * 1.3
	});
	out.push(note.svg);
	return { width, height: Math.ceil(noteTop + note.height), body: out.join('') };
};
