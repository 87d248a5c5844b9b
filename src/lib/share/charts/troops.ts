// The troops chart drawn from its view, laid out by troopsView for this width: each estimate's
// qualifier in its mark's shape (Marks.svelte) and its label above it (Labels.svelte).
import type { Group, TroopsView } from '$lib/charts/troops/view';
import { color } from '../tokens.server';
import { el } from '../svg';
import { lines, text, textWidth, wrap } from '../text.server';
import { LABEL, type Painter } from './types';

const ARROW = 30;
const HEAD = 6;
const LINE = 18;
const GROUP_COLOR: Record<Group, string> = {
	present: 'people',
	possible: 'disputed',
	force: 'attack'
};

const arrowHead = (tip: number, y: number) =>
	`M${tip},${y} L${tip - HEAD - 1},${y - HEAD + 1} L${tip - HEAD - 1},${y + HEAD - 1} Z`;

/** A label's first line as the page flows it: the value, dashed tags, then what it counts. */
function firstLine(
	m: TroopsView['marks'][number],
	top: number,
	width: number
): { svg: string; height: number } {
	const ink = color(m.emphasis === 'muted' ? 'muted' : 'text');
	const out: string[] = [];
	let x = 0;
	let y = top;
	const place = (w: number) => {
		if (x > 0 && x + w > width) {
			x = 0;
			y += LINE;
		}
	};
	const value = m.valueText;
	const vw = textWidth(value, LABEL, 'sans-bold');
	place(vw);
	out.push(text(x, y + 13.5, value, { size: LABEL, face: 'sans-bold', fill: ink }));
	x += vw + 2 + textWidth(' ', LABEL);
	for (const tag of m.tags) {
		const w = textWidth(tag, LABEL) + 10;
		place(w);
		out.push(
			el('rect', {
				x: x + 0.5,
				y: y + 2.5,
				width: w - 1,
				height: 14,
				rx: 4,
				fill: 'none',
				stroke: color('disputed'),
				'stroke-dasharray': '3 2'
			})
		);
		out.push(text(x + 5, y + 13.5, tag, { size: LABEL, fill: ink }));
		x += w + 4 + textWidth(' ', LABEL);
	}
	for (const word of m.counts.split(' ')) {
		const w = textWidth(word, LABEL);
		place(w);
		out.push(text(x, y + 13.5, word, { size: LABEL, fill: ink }));
		x += w + textWidth(' ', LABEL);
	}
	return { svg: out.join(''), height: y - top + LINE };
}

export const paintTroops: Painter<TroopsView> = (view) => {
	const { left, right } = view.plot;
	const px = (v: number) => left + (v / view.xMax) * (right - left);
	const out: string[] = [];
	for (const m of view.marks) {
		const y = m.trackY;
		const c = color(GROUP_COLOR[m.group]);
		const x0 = px(0);
		const x = m.offScale ? right : px(m.value);
		const g: string[] = [];
		const line = (
			x1: number,
			x2: number,
			y1: number,
			y2: number,
			extra: Record<string, string | number> = {}
		) => g.push(el('line', { x1, x2, y1, y2, 'stroke-width': 1.5, ...extra }));
		line(x0, right, y, y, { stroke: color('rule') });
		for (const t of view.ticks)
			line(px(t.value), px(t.value), y - 4, y + 4, { stroke: color('border') });
		if (m.bar)
			g.push(
				el('rect', {
					x: x0,
					y: y - 7,
					width: Math.max(0, x - x0),
					height: 14,
					fill: color('attack-soft'),
					stroke: c,
					'stroke-width': 1
				})
			);
		if (m.qualifier === 'up to')
			line(x0, x, y, y, { stroke: c, 'stroke-width': 3, 'stroke-dasharray': '6 4' });
		const valueTick = () =>
			line(x, x, y - 10, y + 10, { stroke: color('text'), 'stroke-width': 2 });
		if (m.offScale) {
			line(x, x + 16, y, y, { stroke: c });
			g.push(el('path', { d: arrowHead(x + 22, y), fill: c }));
		} else if (m.qualifier === 'almost') {
			valueTick();
			line(x - ARROW, x - 4 - HEAD, y, y, { stroke: c });
			g.push(el('path', { d: arrowHead(x - 4, y), fill: c }));
		} else if (m.qualifier === 'over' || m.qualifier === 'at least') {
			valueTick();
			line(x + (m.qualifier === 'over' ? 4 : 0), x + ARROW - HEAD, y, y, { stroke: c });
			g.push(el('path', { d: arrowHead(x + ARROW, y), fill: c }));
		} else if (m.qualifier === 'up to') valueTick();
		else {
			if (m.qualifier === 'about' || m.estimate)
				g.push(
					el('circle', {
						cx: x,
						cy: y,
						r: 11,
						fill: 'none',
						stroke: c,
						'stroke-width': 1.5,
						'stroke-dasharray': '2 2.5'
					})
				);
			g.push(el('circle', { cx: x, cy: y, r: 6, fill: c }));
		}
		out.push(el('g', { opacity: m.opacity < 1 ? m.opacity : null }, g.join('')));

		const first = firstLine(m, m.labelY, view.width);
		out.push(first.svg);
		out.push(
			lines(0, m.labelY + first.height, wrap(m.byline, view.width, LABEL), {
				size: LABEL,
				fill: color('muted'),
				lineHeight: LINE
			}).svg
		);
	}
	for (const t of view.ticks)
		out.push(
			text(px(t.value), view.axisY + 13.5, t.label, {
				size: LABEL,
				fill: color('muted'),
				anchor: 'middle'
			})
		);
	return { width: view.width, height: view.height, body: out.join('') };
};
