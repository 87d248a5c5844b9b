// The drones chart drawn from its view: the same band and linear scales as DronesChart.svelte,
// in px of a fixed box, with its colours resolved.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { DronesView } from '$lib/charts/drones/view';
import { color } from '../tokens.server';
import { el } from '../svg';
import { text, textWidth } from '../text.server';
import { LABEL, type Painter } from './types';

export const paintDrones: Painter<DronesView> = (view, { width, height, labels }) => {
	const pad = labels
		? { top: 40, right: 4, bottom: 24, left: 48 }
		: { top: 4, right: 0, bottom: 0, left: 0 };
	const x = scaleBand<string>()
		.domain(view.bars.map((b) => b.month))
		.range([pad.left, width - pad.right])
		.paddingInner(0.2)
		.paddingOuter(0.1);
	const y = scaleLinear()
		.domain([0, view.yMax])
		.range([height - pad.bottom, pad.top]);
	const band = x.bandwidth();
	const out: string[] = [];
	const muted = { size: LABEL, fill: color('muted') };

	if (labels)
		// Numbers as the edition writes them ("2,000", "2 000").
		view.yTicks.forEach((t, i) => {
			out.push(
				el('line', {
					x1: pad.left,
					x2: width - pad.right,
					y1: y(t),
					y2: y(t),
					stroke: color('rule')
				})
			);
			const label = view.yTickLabels[i];
			out.push(text(pad.left - 6, y(t) + LABEL * 0.35, label, { ...muted, anchor: 'end' }));
		});
	else
		out.push(
			el('line', { x1: 0, x2: width, y1: y(0), y2: y(0), stroke: color('rule'), 'stroke-width': 2 })
		);

	for (const b of view.bars)
		out.push(
			el('rect', {
				x: x(b.month) ?? 0,
				y: y(b.value),
				width: band,
				height: y(0) - y(b.value),
				fill: color(b.emphasis === 'focus' ? 'attack' : 'neutral'),
				opacity: b.emphasis === 'muted' ? 0.45 : null
			})
		);

	// October's other drone types, stacked on its bar (a lighter tint of the same colour).
	const extra = view.extra;
	if (extra)
		out.push(
			el('rect', {
				x: x(extra.month) ?? 0,
				y: y(extra.to),
				width: band,
				height: y(extra.from) - y(extra.to),
				fill: color('attack-soft'),
				stroke: color('attack'),
				'stroke-width': 1
			})
		);

	const ref = view.reference;
	if (ref) {
		const left = (x(ref.month) ?? 0) - band * 0.25;
		const right = left + band * 1.5;
		out.push(
			el('line', {
				x1: left,
				x2: right,
				y1: y(ref.value),
				y2: y(ref.value),
				stroke: color('text'),
				'stroke-width': labels ? 2 : 3,
				'stroke-dasharray': labels ? '6 4' : '9 6'
			})
		);
		if (labels) {
			const w = textWidth(ref.label, LABEL, 'sans-bold');
			out.push(
				el('rect', {
					x: right - w - 4,
					y: y(ref.value) - 4 - LABEL * 1.2,
					width: w + 4,
					height: LABEL * 1.2,
					fill: color('bg')
				})
			);
			out.push(
				text(right - 2, y(ref.value) - 4 - LABEL * 0.3, ref.label, {
					size: LABEL,
					face: 'sans-bold',
					fill: color('text'),
					anchor: 'end'
				})
			);
		}
	}

	if (labels) {
		// Full month names only where they fit their band, as the page's container query does.
		const long = view.bars.every((b) => textWidth(b.short, LABEL) < band + 6);
		for (const b of view.bars) {
			const cx = (x(b.month) ?? 0) + band / 2;
			out.push(
				text(cx, height - pad.bottom + 6 + LABEL, long ? b.short : b.initial, {
					...muted,
					anchor: 'middle'
				})
			);
			if (!b.label) continue;
			// A long label (November's) is set flush with the plot's right edge, as on the page.
			const flush = b.label.length > 8;
			out.push(
				text(flush ? width - pad.right : cx, y(b.value) - 4 - LABEL * 0.3, b.label, {
					size: LABEL,
					face: 'sans-bold',
					fill: color('text'),
					anchor: flush ? 'end' : 'middle'
				})
			);
		}
	}
	return { width, height, body: out.join('') };
};
