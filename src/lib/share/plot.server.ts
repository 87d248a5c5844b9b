// The one renderer: a chart's own plot (its chart.ts's Plot, the page's), drawn by the server
// as standalone SVG at a fixed width, with labels as SVG text and colours from the tokens. The
// downloads and share cards draw it; the page draws the same components with HTML labels.
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { chartContext } from '$lib/charts/catalogue.server';
import type { ChartId } from '$lib/charts/catalogue';
import type { ChartViewBase } from '$lib/charts/types';
import type { Locale } from '$lib/content/format';
import { sayer } from '$lib/content/words';
import type { SvgTarget } from '$lib/charts/layers/target';
import SvgPlot from './SvgPlot.svelte';
import { color, length } from './tokens.server';
import { family, textWidth, wrap } from './text.server';
import type { Drawing } from './svg';

const target = (width: number): SvgTarget => ({
	width,
	color,
	length,
	measure: textWidth,
	wrap,
	family
});

/**
 * A chart state's plot as SVG `width` px wide, as tall as the page's rules make it at that
 * width (the plot says so on its root: data-plot-height), and the view it draws.
 */
export function drawPlot(
	chart: ChartId,
	state: string,
	width: number,
	locale: Locale = 'en'
): { view: ChartViewBase; drawing: Drawing } {
	const ctx = chartContext();
	const def = ctx.def(chart);
	const say = sayer(ctx.words(chart, locale));
	const view = def.view(ctx.dataOf(locale)[chart], state as never, say, def.measured && { width });
	const { body } = render(SvgPlot as unknown as Component<Record<string, unknown>>, {
		props: { target: target(width), Plot: def.Plot, view }
	});
	const height = Number(/data-plot-height="([\d.]+)"/.exec(body)?.[1]);
	if (!height) throw new Error(`${chart}/Plot.svelte: no data-plot-height in its SVG drawing`);
	return { view, drawing: { width, height, body: clean(body, chart) } };
}

/** The SVG alone: hydration comments, the page's wrappers and classes go; no HTML may stay. */
function clean(body: string, chart: ChartId): string {
	const svg = body
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<\/?div\b[^>]*>/g, '')
		.replace(/ class="[^"]*"/g, '');
	const html = /<(p|span|ul|li|strong|div|svg)\b/.exec(svg);
	if (html) throw new Error(`${chart}: a layer drew <${html[1]}> in an SVG drawing`);
	return svg;
}
