// Share cards (1200×630, one per chart and one for the story) and each chart state's
// standalone SVG: type laid out here, marks drawn from the chart's view, colours resolved.
import { plain, type Story } from '$lib/content/story';
import { chartContext } from '$lib/charts/catalogue.server';
import { CHARTS, type ChartId } from '$lib/charts/catalogue';
import type { ChartViewBase } from '$lib/charts/types';
import type { Source } from '$lib/data/schema';
import { paintChart } from './charts';
import { CARD_SIZE } from './meta';
import { color } from './tokens.server';
import { el, esc, type Drawing } from './svg';
import { lines, text, textWidth, wrap, type TextStyle } from './text.server';

export interface ShareContext {
	story: Story;
	data: Record<ChartId, unknown>;
	sources: Source[];
}

/** The story, chart data and sources: the build's one chart context. */
export const shareContext = (): ShareContext => chartContext();

/** "Source: …" or "Sources: …; …", the credits of what a view shows, as the chart frame writes it. */
export function creditLine(view: ChartViewBase, sources: Source[]): string {
	const credits = view.sources
		.map((id) => sources.find((s) => s.id === id)?.credit)
		.filter((c): c is string => !!c);
	return `${credits.length > 1 ? 'Sources' : 'Source'}: ${credits.join('; ')}`;
}

/** A drawing scaled (never stretched) and centred into a box. */
function fit(d: Drawing, x: number, y: number, w: number, h: number, zoom = 1): string {
	const s = Math.min(w / d.width, h / d.height, zoom);
	const dx = x + (w - d.width * s) / 2;
	const dy = y + (h - d.height * s) / 2;
	return el(
		'g',
		{ transform: `translate(${dx.toFixed(2)} ${dy.toFixed(2)}) scale(${s.toFixed(4)})` },
		d.body
	);
}

function svgDoc(width: number, height: number, title: string, desc: string, body: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
		`viewBox="0 0 ${width} ${height}" role="img">` +
		el('title', {}, esc(title)) +
		el('desc', {}, esc(desc)) +
		el('rect', { width, height, fill: color('bg') }) +
		body +
		'</svg>\n'
	);
}

// Card layout: text column on the left, marks on the right, credit across the foot.
const PAD = 56;
const COLUMN = 470;
const BOX = { x: 580, y: 64, width: CARD_SIZE.width - PAD - 580, height: 476 };
const FOOT = 566;

/** Card zooms to try, largest first: the labels' 13px become up to 20px on the card. */
const ZOOMS = [1.5, 1.4, 1.3, 1.2, 1.1, 1];

/**
 * A chart's default state drawn for a card's box: with its labels, laid out for a narrower
 * width and zoomed as far as its height allows (with its note if any zoom fits it, else
 * without), or its marks alone where even 1:1 overflows. Charts that stretch to their box
 * are drawn again with the overflow taken off their plot, down to three quarters of it.
 */
function cardDrawing(ctx: ShareContext, chart: ChartId, box: { width: number; height: number }) {
	const state = CHARTS[chart].DEFAULT_STATE;
	const paint = (zoom: number, labels: boolean, notes: boolean) => {
		const width = box.width / zoom;
		const height = box.height / zoom;
		const options = { width, height, labels, notes };
		const first = paintChart(chart, ctx.data, state, options);
		const over = first.drawing.height - height;
		if (over <= 0.5 || !PLOT_HEIGHT[chart] || height - over < PLOT_HEIGHT[chart] * 0.75)
			return { ...first, zoom };
		return { ...paintChart(chart, ctx.data, state, { ...options, height: height - over }), zoom };
	};
	for (const notes of [true, false])
		for (const zoom of ZOOMS) {
			const p = paint(zoom, true, notes);
			const fits = p.drawing.height * zoom <= box.height + 0.5;
			// A larger zoom is worth less than whole labels.
			if (fits && (!p.drawing.shortened || zoom === 1)) return p;
		}
	return paint(1, false, false);
}

/** The chart's share card: story name, title, takeaway, its default state's marks, credit. */
export function chartCardSvg(ctx: ShareContext, chart: ChartId): string {
	const copy = ctx.story.charts[chart];
	const { view, drawing, zoom } = cardDrawing(ctx, chart, BOX);
	const out: string[] = [header(ctx.story.headline)];
	const title = wrap(copy.title, COLUMN, 44, 'sans-bold', 3);
	const t = lines(PAD, 104, title, {
		size: 44,
		face: 'sans-bold',
		fill: color('text'),
		lineHeight: 52
	});
	out.push(t.svg);
	const top = 104 + t.height + 20;
	const body: TextStyle & { lineHeight: number } = {
		size: 24,
		fill: color('muted'),
		lineHeight: 34
	};
	const room = Math.floor((FOOT - 24 - top) / body.lineHeight);
	out.push(lines(PAD, top, wrap(plain(copy.takeaway), COLUMN, 24, 'sans', room), body).svg);
	out.push(fit(drawing, BOX.x, BOX.y, BOX.width, BOX.height, zoom));
	out.push(footer(creditLine(view, ctx.sources)));
	return svgDoc(
		CARD_SIZE.width,
		CARD_SIZE.height,
		`${copy.title} – ${ctx.story.headline}`,
		plain(copy.takeaway),
		out.join('')
	);
}

/** The story's card: headline, dek and byline beside the reach map, the story's key chart. */
export function storyCardSvg(ctx: ShareContext): string {
	const { story } = ctx;
	const { view, drawing, zoom } = cardDrawing(ctx, 'reach', BOX);
	const out: string[] = [el('rect', { width: CARD_SIZE.width, height: 10, fill: color('attack') })];
	// The name on one line at the largest size that fits it, else two lines.
	const size = [72, 64, 56].find((s) => textWidth(story.headline, s, 'serif-bold') <= COLUMN) ?? 56;
	const h = lines(PAD, 70, wrap(story.headline, COLUMN, size, 'serif-bold', 2), {
		size,
		face: 'serif-bold',
		fill: color('text'),
		lineHeight: size * 1.12
	});
	out.push(h.svg);
	const top = 70 + h.height + 24;
	const dek: TextStyle & { lineHeight: number } = {
		size: 25,
		face: 'serif',
		fill: color('text'),
		lineHeight: 36
	};
	const room = Math.floor((FOOT - 60 - top) / dek.lineHeight);
	const d = lines(PAD, top, wrap(plain(story.dek), COLUMN, 25, 'serif', room), dek);
	out.push(d.svg);
	out.push(
		lines(PAD, top + d.height + 16, [story.byline], {
			size: 18,
			fill: color('muted'),
			lineHeight: 24
		}).svg
	);
	out.push(fit(drawing, BOX.x, BOX.y, BOX.width, BOX.height, zoom));
	out.push(footer(creditLine(view, ctx.sources)));
	return svgDoc(CARD_SIZE.width, CARD_SIZE.height, story.headline, plain(story.dek), out.join(''));
}

function header(name: string): string {
	return (
		el('rect', { width: CARD_SIZE.width, height: 10, fill: color('attack') }) +
		text(PAD, 72, name.toUpperCase(), {
			size: 20,
			face: 'sans-bold',
			fill: color('attack'),
			spacing: 2
		})
	);
}

function footer(credit: string): string {
	const rule = el('line', {
		x1: PAD,
		x2: CARD_SIZE.width - PAD,
		y1: FOOT,
		y2: FOOT,
		stroke: color('rule'),
		'stroke-width': 2
	});
	// One line at 18px where the credits fit it, else two smaller ones.
	const width = CARD_SIZE.width - 2 * PAD;
	const one = wrap(credit, width, 18);
	const style = { fill: color('muted') };
	if (one.length === 1) return rule + text(PAD, FOOT + 36, one[0], { ...style, size: 18 });
	return (
		rule +
		lines(PAD, FOOT + 10, wrap(credit, width, 16, 'sans', 2), {
			...style,
			size: 16,
			lineHeight: 22
		}).svg
	);
}

// The standalone download: the frame's parts stacked, 800px wide.
export const DOWNLOAD_WIDTH = 800;
/** PNG downloads at one and a half times the SVG's size: crisp at 1200px wide. */
export const DOWNLOAD_PNG_WIDTH = 1200;
const DL_PAD = 24;
/** The plot's height for charts that stretch to their box (as on the page); 0: own shape. */
const PLOT_HEIGHT: Record<ChartId, number> = {
	timeline: 0,
	drones: 380,
	assault: 0,
	casualties: 380,
	aid: 460,
	troops: 0,
	reach: 0,
	distances: 0
};

/** A chart state as one self-contained SVG: title, takeaway, the chart, its sources, the story. */
export function chartStateSvg(ctx: ShareContext, chart: ChartId, state: string): string {
	const copy = ctx.story.charts[chart];
	const inner = DOWNLOAD_WIDTH - 2 * DL_PAD;
	const { view, drawing } = paintChart(chart, ctx.data, state, {
		width: inner,
		height: PLOT_HEIGHT[chart],
		labels: true,
		notes: true
	});
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
		wrap(creditLine(view, ctx.sources), inner, 13),
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
		`${copy.title} – ${ctx.story.headline}`,
		view.summary,
		out.join('')
	);
}
