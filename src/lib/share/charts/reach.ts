// The reach map drawn from its view, as its Svelte layers draw it: outlines and rings
// (projected at build time) scaled uniformly into the state's part of the frame, so circles
// stay circles, strokes as the page's non-scaling strokes; every name at the spot the view
// placed it for this width's layout (wide from 560px), leader lines included.
import type { Label, Placements, ReachView } from '$lib/charts/reach/view';
import { DOT } from '$lib/charts/reach/labels';
import { color } from '../tokens.server';
import { el } from '../svg';
import { lines, runs, text, textWidth, wrap, type Face, type Run } from '../text.server';
import { LABEL, type Painter } from './types';

const LH = LABEL * 1.2;
const CLIP = 'share-reach-clip';

/** A block of lines at a label's spot, as the page's CSS transform places it. */
function block(
	x: number,
	y: number,
	label: Label,
	content: Run[][],
	halo: string,
	fill = color('text')
): string {
	const widths = content.map((l) => l.reduce((w, r) => w + textWidth(r.text, LABEL, r.face), 0));
	const w = Math.max(...widths);
	const h = content.length * LH;
	const left = x - w / 2 + (label.dx * w) / 2 + label.dx * label.gap;
	const top = y - h / 2 + (label.dy * h) / 2 + label.dy * label.gap;
	const align = label.dx < -0.3 ? 'end' : label.dx > 0.3 ? 'start' : 'middle';
	const ax = align === 'end' ? left + w : align === 'middle' ? left + w / 2 : left;
	return content
		.map((l, i) =>
			runs(ax, top + i * LH + (LH - LABEL) / 2 + LABEL * 0.8, l, {
				size: LABEL,
				fill,
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
	const size = width >= 560 ? 'wide' : 'narrow';
	const sx = (x: number) => (x - box.x) * s;
	const sy = (y: number) => (y - box.y) * s;
	const bg = color('bg');
	const stroke = (w: number) => w / s;
	const pick = (p: Placements) => p[size];
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
				'fill-opacity': ring ? (focus ? 0.07 : 0) : 0.85,
				stroke: ring ? color('defence') : null,
				'stroke-width': ring ? stroke(focus ? 2.5 : 1.5) : null,
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

	/** A leader from its point (clear of the dot, r px round) to its label's spot. */
	const leader = (l: Label, r: number, colour: string) => {
		if (!l.from) return '';
		const [x0, y0, x1, y1] = [sx(l.from.x), sy(l.from.y), sx(l.x), sy(l.y)];
		const len = Math.hypot(x1 - x0, y1 - y0);
		const [ux, uy] = [(x1 - x0) / len, (y1 - y0) / len];
		return el('line', {
			x1: x0 + ux * r,
			y1: y0 + uy * r,
			x2: x1,
			y2: y1,
			stroke: colour,
			'stroke-width': 1
		});
	};
	const places = view.places.filter((p) => pick(p));
	for (const p of places)
		out.push(
			leader(pick(p)!, p.launch ? DOT.launch : DOT.place - 1, color('muted')) +
				(p.launch
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
						}))
		);
	if (!labels) return { width, height, body: out.join('') };

	for (const c of view.countries) {
		const l = pick(c);
		if (l)
			out.push(
				text(sx(l.x), sy(l.y) + LABEL * 0.35, c.name.toUpperCase(), {
					size: LABEL,
					face: 'sans-bold',
					fill: color('muted'),
					anchor: 'middle',
					spacing: LABEL * 0.12,
					halo: bg
				})
			);
	}
	for (const r of view.rings) {
		const l = pick(r.label);
		if (!l || r.opacity <= 0.02) continue;
		const [title, ...rest] = l.lines;
		const content: Run[][] = [
			[{ text: title, face: 'sans-bold', fill: color('defence') }],
			...rest.map((t) => [{ text: t }])
		];
		out.push(leader(l, 0, color('defence')) + block(sx(l.x), sy(l.y), l, content, bg));
	}
	for (const p of places) {
		const l = pick(p)!;
		const face: Face = p.launch || p.focus ? 'sans-bold' : 'sans';
		const [name, ...rest] = l.lines;
		const content: Run[][] = [
			[{ text: name, face }],
			...rest.map((t) => [{ text: t, fill: color('muted') }])
		];
		out.push(block(sx(l.x), sy(l.y), l, content, bg));
	}
	for (const o of view.offMap) {
		const l = pick(o);
		if (l)
			out.push(
				block(
					sx(l.x),
					sy(l.y),
					l,
					[[{ text: `${o.edge === 'top' ? '↑ ' : ''}${l.lines[0]}` }]],
					bg,
					color('muted')
				)
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
