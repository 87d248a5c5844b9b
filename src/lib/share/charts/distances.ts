// The distances chart drawn from its view, in px of a fixed box, for downloads and cards:
// the same rows, margins and marks as distances/Plot.svelte (until one renderer draws both).
import type { DistancesView } from '$lib/charts/distances/view';
import { color } from '../tokens.server';
import { el } from '../svg';
import { text, textWidth } from '../text.server';
import { LABEL, type Painter } from './types';

const ROW = 40;
const PAD = { top: 72, right: 16, bottom: 40, left: 84 };

export const paintDistances: Painter<DistancesView> = (view, { width }) => {
	const height = PAD.top + view.cities.length * ROW + PAD.bottom;
	const plotW = width - PAD.left - PAD.right;
	const px = (x: number) => PAD.left + (x / 100) * plotW;
	const top = PAD.top;
	const bottom = height - PAD.bottom;
	const out: string[] = [];
	const muted = { size: LABEL, fill: color('muted') };
	for (const t of view.ticks) {
		out.push(el('line', { x1: px(t.x), x2: px(t.x), y1: top, y2: bottom, stroke: color('rule') }));
		out.push(text(px(t.x), bottom + 18, t.label, { ...muted, anchor: 'middle' }));
	}
	out.push(text(0, bottom + 36, view.axis, muted));
	view.ranges.forEach((r, i) => {
		out.push(
			el('rect', {
				x: PAD.left,
				y: top,
				width: px(r.x0) - PAD.left,
				height: bottom - top,
				fill: color('land-focus'),
				opacity: 0.35
			})
		);
		if (r.x1 > r.x0)
			out.push(
				el('rect', {
					x: px(r.x0),
					y: top,
					width: px(r.x1) - px(r.x0),
					height: bottom - top,
					fill: color('defence'),
					opacity: 0.35
				})
			);
		out.push(
			el('line', {
				x1: px(r.x0),
				x2: px(r.x0),
				y1: top - (i + 1) * 20 - 4,
				y2: bottom,
				stroke: color('defence'),
				'stroke-width': 1.5
			})
		);
		const end = r.x0 > 35;
		out.push(
			text(px(r.x0) + (end ? -4 : 4), top - (i + 1) * 20 + 10, `${r.weapon} ${r.label}`, {
				size: LABEL,
				fill: color('text'),
				anchor: end ? 'end' : 'start'
			})
		);
	});
	view.cities.forEach((c, i) => {
		const y = top + (i + 0.5) * ROW;
		out.push(el('line', { x1: PAD.left, x2: px(c.x), y1: y, y2: y, stroke: color('neutral') }));
		const solid =
			c.reach === 'within' ? color('defence') : c.reach === null ? color('neutral') : color('bg');
		const ring =
			c.reach === 'within' ? color('defence') : c.reach === null ? color('neutral') : color('text');
		out.push(
			el('circle', { cx: px(c.x), cy: y, r: 5, fill: solid, stroke: ring, 'stroke-width': 2 })
		);
		out.push(
			text(PAD.left - 8, y + LABEL * 0.35, c.name, {
				size: LABEL,
				fill: color('text'),
				anchor: 'end'
			})
		);
		const inward = c.x > 80;
		// A plate of the background behind the distance, as on the page, so no line runs through it.
		const w = textWidth(c.label, LABEL) + 4;
		const x0 = inward ? px(c.x) - 10 - w + 2 : px(c.x) + 8;
		out.push(el('rect', { x: x0, y: y - 9, width: w, height: 18, fill: color('bg') }));
		out.push(
			text(px(c.x) + (inward ? -10 : 10), y + LABEL * 0.35, c.label, {
				...muted,
				anchor: inward ? 'end' : 'start'
			})
		);
	});
	return { width, height, body: out.join('') };
};
