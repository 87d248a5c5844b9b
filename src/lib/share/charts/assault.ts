// The assault chart drawn from its view, laid out by assaultView for this very width: one
// mark per weapon (square missile, round drone), fate as fill, outline or hatching.
import type { AssaultLabel, AssaultView, MarkStyle } from '$lib/charts/assault/view';
import { color } from '../tokens.server';
import { el } from '../svg';
import { lines, text, textWidth, wrap } from '../text.server';
import { LABEL, type Painter } from './types';

const HATCH = 'share-assault-hatch';

/** A mark or key swatch in a style: the fills and strokes of Marks.svelte. */
function mark(style: MarkStyle, round: boolean, x: number, y: number, size: number): string {
	const base = { x, y, width: size, height: size, rx: round ? size / 2 : null };
	if (style === 'destroyed')
		return el('rect', {
			...base,
			x: x + 0.75,
			y: y + 0.75,
			width: size - 1.5,
			height: size - 1.5,
			rx: round ? (size - 1.5) / 2 : null,
			fill: 'none',
			stroke: color('defence'),
			'stroke-width': 1.5
		});
	if (style === 'lost')
		return el('rect', {
			...base,
			fill: `url(#${HATCH})`,
			stroke: color('neutral'),
			'stroke-width': 1
		});
	return el('rect', { ...base, fill: color('attack') });
}

function label(l: AssaultLabel): string {
	const out: string[] = [];
	let y = l.y;
	const section = l.level === 'section';
	if (section) {
		out.push(
			el('line', { x1: l.x, x2: l.x + l.width, y1: y + 0.5, y2: y + 0.5, stroke: color('rule') })
		);
		y += 8;
	}
	const size = section ? 14 : LABEL;
	const title = lines(l.x, y, wrap(l.title, l.width, size, 'sans-bold'), {
		size,
		face: 'sans-bold',
		fill: color('text'),
		lineHeight: section ? 20 : 18
	});
	out.push(title.svg);
	y += title.height;
	// Parts flow like the page's flex-wrap row: a swatch, the words, 12px between parts.
	let x = l.x;
	for (const p of l.parts) {
		const w = (p.swatch ? 16 : 0) + textWidth(p.text, LABEL);
		if (x > l.x && x + w > l.x + l.width) {
			x = l.x;
			y += 18;
		}
		if (p.swatch) out.push(mark(p.swatch, l.kind === 'drone', x, y + 4, 11));
		out.push(
			text(x + (p.swatch ? 16 : 0), y + 13.5, p.text, { size: LABEL, fill: color('muted') })
		);
		x += w + 12;
	}
	return out.join('');
}

export const paintAssault: Painter<AssaultView> = (view) => {
	const defs = el(
		'defs',
		{},
		el(
			'pattern',
			{
				id: HATCH,
				patternUnits: 'userSpaceOnUse',
				width: 3.5,
				height: 3.5,
				patternTransform: 'rotate(45)'
			},
			el('line', { x1: 0, y1: 0, x2: 0, y2: 3.5, stroke: color('neutral'), 'stroke-width': 1.5 })
		)
	);
	const marks = view.marks.map((m) => mark(m.style, m.kind === 'drone', m.x, m.y, m.size));
	const labels = view.labels.filter((l) => l.opacity > 0.02).map(label);
	return { width: view.width, height: view.height, body: defs + marks.join('') + labels.join('') };
};
