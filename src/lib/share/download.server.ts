// Each chart state's standalone download: the frame's parts stacked around the page's own
// plot (plot.server.ts), 800px wide (the SVG; the PNG is rendered from it at one and a half
// times its size).
import { plain } from '$lib/content/story';
import type { ChartId } from '$lib/charts/catalogue';
import type { Locale } from '$lib/content/format';
import { drawPlot } from './plot.server';
import { color } from './tokens.server';
import { el } from './svg';
import { lines, wrap, type TextStyle } from './text.server';
import { creditLine, imageTitle, svgDoc, type ShareContext } from './compose.server';

export const DOWNLOAD_WIDTH = 800;
/** PNG downloads at one and a half times the SVG's size: crisp at 1200px wide. */
export const DOWNLOAD_PNG_WIDTH = 1200;
const DL_PAD = 24;

/** A chart state as one self-contained SVG: title, takeaway, the chart, its sources, the story. */
export function chartStateSvg(
	ctx: ShareContext,
	chart: ChartId,
	state: string,
	locale: Locale = 'en'
): string {
	const copy = ctx.story.charts[chart];
	const inner = DOWNLOAD_WIDTH - 2 * DL_PAD;
	const { view, drawing } = drawPlot(chart, state, inner, locale);
	const out: string[] = [];
	let y = DL_PAD;
	const block = (content: string[], style: TextStyle & { lineHeight: number }, gap: number) => {
		const b = lines(DL_PAD, y, content, style);
		out.push(b.svg);
		y += b.height + gap;
	};
	block(
		wrap(copy.title, inner, 22, 'sans-bold'),
		{
			size: 22,
			face: 'sans-bold',
			fill: color('text'),
			lineHeight: 28
		},
		6
	);
	block(
		wrap(plain(copy.takeaway), inner, 15),
		{ size: 15, fill: color('muted'), lineHeight: 21 },
		20
	);
	out.push(el('g', { transform: `translate(${DL_PAD} ${y})` }, drawing.body));
	y += drawing.height + 16;
	block(
		wrap(creditLine(view, ctx.sources, ctx.say), inner, 13),
		{
			size: 13,
			fill: color('muted'),
			lineHeight: 18
		},
		4
	);
	block(
		[ctx.story.headline],
		{ size: 13, face: 'sans-bold', fill: color('text'), lineHeight: 18 },
		0
	);
	return svgDoc(
		DOWNLOAD_WIDTH,
		Math.ceil(y + DL_PAD),
		imageTitle(ctx, chart),
		view.summary,
		out.join('')
	);
}
