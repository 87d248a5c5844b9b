// The reach map drawn from its view, as ReachChart.svelte and its labels draw it: outlines and
// rings (projected at build time) scaled uniformly into the state's part of the frame, so
// circles stay circles; strokes divided by the zoom, as the page's non-scaling strokes.
import type { Direction, ReachView } from '$lib/charts/reach/view';
import { color } from '../tokens.server';
import { el } from '../svg';
import { lines, runs, text, textWidth, wrap, type Face, type Run } from '../text.server';
import { LABEL, type Painter } from './types';

const LH = LABEL * 1.2;
const CLIP = 'share-reach-clip';

/** A block of lines placed beside a point on the side (dx, dy) names, `gap` px away. */
function beside(
	x: number,
	y: number,
	d: Direction,
	gap: number,
	content: Run[][],
	halo: string
): string {
	const widths = content.map((l) => l.reduce((w, r) => w + textWidth(r.text, LABEL, r.face), 0));
	const w = Math.max(...widths);
	const h = content.length * LH;
	const left = x - w / 2 + (d.dx * w) / 2 + d.dx * gap;
	const top = y - h / 2 + (d.dy * h) / 2 + d.dy * gap;
	const align = d.dx < -0.3 ? 'end' : d.dx > 0.3 ? 'start' : 'middle';
	const ax = align === 'end' ? left + w : align === 'middle' ? left + w / 2 : left;
	return content
		.map((l, i) =>
			runs(ax, top + i * LH + (LH - LABEL) / 2 + LABEL * 0.8, l, {
				size: LABEL,
				fill: color('text'),
				anchor: align,
				halo
			})
		)
		.join('');
}

export const paintReach: Painter<ReachView> = (view, { width, labels, notes }) => {
	const box = view.viewBox;
	const s = width / box.width;
	const height = box.height * s;
	const wide = width >= 560;
	const sx = (x: number) => (x - box.x) * s;
	const sy = (y: number) => (y - box.y) * s;
	const bg = color('bg');
	const stroke = (w: number) => w / s;
	const out: string[] = [
		el('defs', {}, el('clipPath', { id: CLIP }, el('rect', { width, height }))),
		el('rect', { width, height, fill: bg })
	];

	const land = [
		el('path', { d: view.land.others, fill: color('land'), 'fill-opacity': 0.5 }),
		el('path', { d: view.land.russia, fill: color('land') }),
		el('path', { d: view.land.ukraine, fill: color('land-focus') })
	].join('');
	const rings = view.rings
		.filter((r) => r.opacity > 0.02)
		.map((r) => {
			const focus = r.emphasis === 'focus';
			const ring = r.kind === 'ring';
			return el('path', {
				d: r.path,
				'fill-rule': 'evenodd',
				fill: color('defence'),
				'fill-opacity': ring ? (focus ? 0.07 : 0) : focus ? 0.7 : 0.35,
				stroke: color('defence'),
				'stroke-width': stroke(ring ? (focus ? 2.5 : 1.5) : focus ? 1.5 : 1),
				'stroke-dasharray': ring && !focus ? `${stroke(5)} ${stroke(3)}` : null,
				'stroke-linejoin': 'round',
				opacity: r.opacity < 1 ? r.opacity : null
			});
		})
		.join('');
	out.push(
		el(
			'g',
			{ 'clip-path': `url(#${CLIP})` },
			el(
				'g',
				{ transform: `scale(${s.toFixed(5)}) translate(${-box.x} ${-box.y})` },
				el(
					'g',
					{ stroke: color('border'), 'stroke-width': stroke(0.75), 'stroke-linejoin': 'round' },
					land
				) +
					el('path', {
						d: view.land.border,
						fill: 'none',
						stroke: color('text'),
						'stroke-width': stroke(1.25)
					}) +
					rings
			)
		)
	);

	const places = view.places.filter((p) => p.visible && (wide || (p.narrowVisible && !p.minor)));
	for (const p of places)
		out.push(
			p.launch
				? el('circle', {
						cx: sx(p.x),
						cy: sy(p.y),
						r: 6.75,
						fill: bg,
						stroke: color('defence'),
						'stroke-width': 1.5
					}) + el('circle', { cx: sx(p.x), cy: sy(p.y), r: 4, fill: color('defence') })
				: el('circle', {
						cx: sx(p.x),
						cy: sy(p.y),
						r: 3,
						fill: color('text'),
						stroke: bg,
						'stroke-width': 1
					})
		);
	if (!labels) return { width, height, body: out.join('') };

	for (const c of view.countries)
		if (c.visible)
			out.push(
				text(sx(c.x), sy(c.y) + LABEL * 0.35, c.name.toUpperCase(), {
					size: LABEL,
					face: 'sans-bold',
					fill: color('muted'),
					anchor: 'middle',
					spacing: LABEL * 0.12,
					halo: bg
				})
			);
	for (const r of view.rings) {
		const a = wide ? r.label.wide : r.label.narrow;
		if (!a || r.opacity <= 0.02) continue;
		const title: Run[] = [
			{ text: wide ? r.label.title : r.label.short, face: 'sans-bold', fill: color('defence') }
		];
		const detail = wide ? r.label.detail : r.label.detailShort;
		const block = [
			title,
			...(detail ? [[{ text: detail }]] : []),
			...(r.label.km ? [[{ text: r.label.km }]] : [])
		];
		out.push(beside(sx(a.x), sy(a.y), a, 6, block, bg));
	}
	for (const p of places) {
		const face: Face = p.launch || p.focus ? 'sans-bold' : 'sans';
		const note = wide ? p.note : p.noteShort;
		const block: Run[][] = [
			[{ text: p.name, face }],
			...(note ? [[{ text: note, fill: color('muted') }]] : [])
		];
		out.push(beside(sx(p.x), sy(p.y), wide ? p.wide : p.narrow, p.launch ? 9 : 6, block, bg));
	}
	for (const o of view.offMap) {
		if (!o.visible) continue;
		const words = o.edge === 'top' ? `↑ ${o.label}` : o.label;
		const w = textWidth(words, LABEL);
		const left = sx(o.x);
		out.push(
			text(left - (left / width) * w, sy(o.y) + 4 + LABEL, words, {
				size: LABEL,
				fill: color('muted'),
				halo: bg
			})
		);
	}
	out.push(
		el('rect', {
			x: 0.5,
			y: 0.5,
			width: width - 1,
			height: height - 1,
			fill: 'none',
			stroke: color('rule')
		})
	);
	if (!notes) return { width, height, body: out.join('') };
	// The line of context the page sets under the map.
	const note = lines(0, height + 8, wrap(view.note, width, LABEL), {
		size: LABEL,
		fill: color('muted'),
		lineHeight: LABEL * 1.4
	});
	out.push(note.svg);
	return { width, height: Math.ceil(height + 8 + note.height), body: out.join('') };
};
