// The timeline drawn from its view: one row per event, as TimelineChart.svelte lays it out,
// in px of a box whose rows are as tall as on the page.
import type { TimelineView } from '$lib/charts/timeline/view';
import { color } from '../tokens.server';
import { el } from '../svg';
import { runs, runsWidth, text, textWidth, truncate } from '../text.server';
import { LABEL, type Painter } from './types';

/** A row's height on the page (3.25rem), and the cards' taller rows for marks alone. */
const ROW = { labelled: 52, bare: 64 };

export const paintTimeline: Painter<TimelineView> = (view, { width, labels }) => {
	const rows = view.marks.length;
	const pad = labels
		? { top: 0, right: 8, bottom: 28, left: 8 }
		: { top: 0, right: 4, bottom: 4, left: 4 };
	const plotW = width - pad.left - pad.right;
	const rowH = labels ? ROW.labelled : ROW.bare;
	const plotH = rows * rowH;
	const height = plotH + pad.top + pad.bottom;
	const x = (pct: number) => pad.left + (pct / 100) * plotW;
	const mid = (i: number) => pad.top + (i + 0.75) * rowH;
	const out: string[] = [];
	let shortened = false;

	for (const t of view.ticks)
		out.push(
			el('line', {
				x1: x(t.value),
				x2: x(t.value),
				y1: pad.top,
				y2: pad.top + plotH,
				stroke: color(t.year ? 'border' : 'rule'),
				'stroke-width': labels ? 1 : 1.5
			})
		);
	view.marks.forEach((m, i) => {
		const fill = color(m.focus ? 'attack' : 'neutral');
		out.push(
			el('line', {
				x1: x(0),
				x2: x(100),
				y1: mid(i),
				y2: mid(i),
				stroke: color('rule'),
				'stroke-width': labels ? 1 : 1.5
			})
		);
		if (m.precision === 'month')
			out.push(
				el('rect', {
					x: x(m.start),
					y: mid(i) - rowH * 0.2,
					width: x(m.end) - x(m.start),
					height: rowH * 0.4,
					fill
				})
			);
		else
			out.push(
				el('line', {
					x1: x(m.start),
					x2: x(m.start),
					y1: mid(i) - rowH * 0.25,
					y2: mid(i) + rowH * 0.25,
					stroke: fill,
					'stroke-width': labels ? 4 : 6
				})
			);
		if (!labels) return;
		// As on the page: placed at the mark's centre, shifted by the same share of its own
		// width, so a label never leaves the chart.
		const at = (m.start + m.end) / 2 / 100;
		const when = `${m.when} `;
		const label = truncate(m.label, plotW - textWidth(when, LABEL, 'sans-bold'), LABEL);
		shortened ||= label !== m.label;
		const content = [
			{ text: when, face: 'sans-bold' as const, fill: color(m.focus ? 'text' : 'muted') },
			{ text: label, fill: color(m.focus ? 'text' : 'muted') }
		];
		const w = runsWidth(content, LABEL);
		out.push(
			runs(x(at * 100) - at * w, pad.top + i * rowH + LABEL * 1.05, content, {
				size: LABEL,
				fill: color('muted')
			})
		);
	});
	if (labels) {
		const long = view.ticks.every((t, i, all) => {
			const next = all[i + 1];
			return !next || textWidth(t.label, LABEL) + 8 < ((next.value - t.value) / 100) * plotW;
		});
		for (const t of view.ticks) {
			const s = long ? t.label : t.short;
			const w = textWidth(s, LABEL);
			out.push(
				text(x(t.value) - (t.value / 100) * w, pad.top + plotH + 6 + LABEL, s, {
					size: LABEL,
					fill: color('muted')
				})
			);
		}
	}
	return { width, height, body: out.join(''), shortened };
};
