// Share cards (1200×630, one per chart, one per step of the story and one for the story): type
// laid out here beside the marks of the chart's state, colours resolved.
import { plain, type Section, type Step } from '$lib/content/story';
import { CHARTS, type ChartId } from '$lib/charts/catalogue';
import type { Locale } from '$lib/content/format';
import { drawPlot } from './plot.server';
import { CARD_SIZE } from './meta';
import { color } from './tokens.server';
import { el } from './svg';
import { lines, text, wrap, type Face, type TextStyle } from './text.server';
import { creditLine, fit, imageTitle, svgDoc, type ShareContext } from './compose.server';

// Card layout: text column on the left, marks on the right, credit across the foot.
const PAD = 56;
const COLUMN = 470;
const BOX = { x: 580, y: 64, width: CARD_SIZE.width - PAD - 580, height: 476 };
const FOOT = 566;

/** Card zooms to try, largest first: the labels' 13px become up to 20px on the card. */
const ZOOMS = [1.5, 1.4, 1.3, 1.2, 1.1, 1];

/**
 * A chart state's plot drawn for a card's box: the page's plot laid out for a narrower width
 * and zoomed as far as its height allows; where even 1:1 is too tall, it is scaled to fit.
 */
function cardDrawing(
	chart: ChartId,
	box: { width: number; height: number },
	state: string = CHARTS[chart].DEFAULT_STATE,
	locale: Locale = 'en'
) {
	const draw = (zoom: number) => ({ ...drawPlot(chart, state, box.width / zoom, locale), zoom });
	for (const zoom of ZOOMS) {
		const p = draw(zoom);
		if (p.drawing.height * zoom <= box.height + 0.5) return p;
	}
	return draw(1);
}

/** The chart's share card: story name, title, takeaway, a state's plot (its default), credit. */
export function chartCardSvg(
	ctx: ShareContext,
	chart: ChartId,
	state?: string,
	locale: Locale = ctx.locale ?? 'en'
): string {
	const copy = ctx.story.charts[chart];
	const { view, drawing, zoom } = cardDrawing(chart, BOX, state, locale);
	const out: string[] = [header(ctx.story.headline)];
	const t = title(copy.title, 104, 44, 52, 3);
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
	out.push(footer(creditLine(view, ctx.sources, ctx.say)));
	return svgDoc(
		CARD_SIZE.width,
		CARD_SIZE.height,
		imageTitle(ctx, chart),
		plain(copy.takeaway),
		out.join('')
	);
}

/** Type sizes to try for a step's words, largest first; the last one cuts them short. */
const SENTENCE = [30, 27, 24].map((size) => ({ size, lineHeight: Math.round(size * 1.4) }));

/** The fewest characters a shortened step's words keep: a sentence, not a few words. */
const OPENING = 80;

/**
 * The words a step's card shows, as wrapped lines: the whole step where it fits at 27px or
 * more, else its first sentence (with the next, while shorter than OPENING) at the largest
 * size that fits it; too long even at the smallest size, it is cut short.
 */
export function stepCardLines(ctx: ShareContext, step: Step, room: number) {
	const whole = plain(step.text);
	const fitting = (text: string, sizes: typeof SENTENCE) =>
		sizes
			.map((s) => ({ ...s, lines: wrap(text, COLUMN, s.size, 'serif') }))
			.find((s) => s.lines.length * s.lineHeight <= room);
	const found = fitting(whole, SENTENCE.slice(0, 2));
	if (found) return found;
	let opening = '';
	for (const s of new Intl.Segmenter(ctx.locale ?? 'en', { granularity: 'sentence' }).segment(
		whole
	))
		if (opening.trim().length < OPENING) opening += s.segment;
	opening = opening.trim();
	const last = SENTENCE[SENTENCE.length - 1];
	return (
		fitting(opening, SENTENCE) ?? {
			...last,
			lines: wrap(opening, COLUMN, last.size, 'serif', Math.floor(room / last.lineHeight))
		}
	);
}

/** A step's card: the story's name, the section, the step's words, the chart in its state. */
export function stepCardSvg(ctx: ShareContext, section: Section, step: Step): string {
	const { view, drawing, zoom } = cardDrawing(section.chart, BOX, step.state, ctx.locale ?? 'en');
	const out: string[] = [header(ctx.story.headline)];
	const t = title(section.title, 100, 32, 40, 2);
	out.push(t.svg);
	const top = 100 + t.height + 16;
	const words = stepCardLines(ctx, step, FOOT - 24 - top);
	const style = { ...words, face: 'serif' as const, fill: color('text') };
	out.push(el('g', { id: 'step-words' }, lines(PAD, top, words.lines, style).svg));
	out.push(fit(drawing, BOX.x, BOX.y, BOX.width, BOX.height, zoom));
	out.push(footer(creditLine(view, ctx.sources, ctx.say)));
	const name = ctx.say('share.title', { title: section.title, headline: ctx.story.headline });
	return svgDoc(CARD_SIZE.width, CARD_SIZE.height, name, plain(step.text), out.join(''));
}

/**
 * The story's card: the news headline under the piece's name as its kicker (as the page and
 * its title give them), the dek and byline beside the reach map, the story's key chart.
 */
export function storyCardSvg(ctx: ShareContext, locale: Locale = ctx.locale ?? 'en'): string {
	const { story } = ctx;
	const hed = story.opening.hed;
	const { view, drawing, zoom } = cardDrawing('reach', BOX, undefined, locale);
	const out: string[] = [header(story.headline)];
	// The headline at the largest size that fits it in three lines, else four smaller ones.
	const size = [52, 46, 40].find((s) => wrap(hed, COLUMN, s, 'serif-bold').length <= 3) ?? 36;
	const h = lines(PAD, 96, wrap(hed, COLUMN, size, 'serif-bold', 4), {
		size,
		face: 'serif-bold',
		fill: color('text'),
		lineHeight: size * 1.12
	});
	out.push(el('g', { id: 'story-hed' }, h.svg));
	const top = 96 + h.height + 20;
	const dek: TextStyle & { lineHeight: number } = {
		size: 22,
		face: 'serif',
		fill: color('text'),
		lineHeight: 31
	};
	const room = Math.floor((FOOT - 56 - top) / dek.lineHeight);
	const d = lines(PAD, top, wrap(plain(story.dek), COLUMN, 22, 'serif', room), dek);
	out.push(d.svg);
	out.push(
		lines(PAD, top + d.height + 14, [story.byline], {
			size: 18,
			fill: color('muted'),
			lineHeight: 24
		}).svg
	);
	out.push(fit(drawing, BOX.x, BOX.y, BOX.width, BOX.height, zoom));
	out.push(footer(creditLine(view, ctx.sources, ctx.say)));
	const title = ctx.say('share.story', { title: hed, headline: story.headline });
	return svgDoc(CARD_SIZE.width, CARD_SIZE.height, title, plain(story.dek), out.join(''));
}

/** A card's title in the text column from y down: bold, wrapped in at most `most` lines. */
function title(
	words: string,
	y: number,
	size: number,
	lineHeight: number,
	most: number,
	face: Face = 'sans-bold'
) {
	return lines(PAD, y, wrap(words, COLUMN, size, face, most), {
		size,
		face,
		fill: color('text'),
		lineHeight
	});
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
