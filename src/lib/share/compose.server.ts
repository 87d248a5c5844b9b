// What share cards (card.server.ts) and each chart state's standalone SVG
// (download.server.ts) have in common: the build's chart context with the edition's words,
// the credit line, the SVG document and a drawing fitted to a box.
import type { Story } from '$lib/content/story';
import type { Locale } from '$lib/content/format';
import { sayer, type Say } from '$lib/content/words';
import { uiWords } from '$lib/content/words.server';
import { chartContext } from '$lib/charts/catalogue.server';
import type { ChartId } from '$lib/charts/catalogue';
import type { ChartViewBase } from '$lib/charts/types';
import type { Source } from '$lib/data/schema';
import { color } from './tokens.server';
import { el, type Drawing } from './svg';
import { esc } from '$lib/html';

export interface ShareContext {
	story: Story;
	data: Record<ChartId, unknown>;
	sources: Source[];
	/** The edition's interface words (ui.aml). */
	say: Say;
	/** The edition whose words the charts speak; English when absent. */
	locale?: Locale;
}

/** An edition's story, chart data and sources (the build's one chart context), and its words. */
export function shareContext(locale: Locale = 'en'): ShareContext {
	const c = chartContext();
	return {
		story: c.storyOf(locale),
		data: c.dataOf(locale),
		sources: c.sourcesOf(locale),
		say: sayer(uiWords(undefined, locale)),
		locale
	};
}

/** "Source: …" or "Sources: …; …", the credits of what a view shows, as the chart frame writes it. */
export function creditLine(view: ChartViewBase, sources: Source[], say: Say): string {
	const credits = view.sources
		.map((id) => sources.find((s) => s.id === id)?.credit)
		.filter((c): c is string => !!c);
	return `${say(credits.length > 1 ? 'frame.sources' : 'frame.source')}: ${credits.join('; ')}`;
}

/** A chart's title within the story's, as the image's <title> gives it. */
export const imageTitle = (ctx: ShareContext, chart: ChartId) =>
	ctx.say('share.title', { title: ctx.story.charts[chart].title, headline: ctx.story.headline });

/** A drawing scaled (never stretched) and centred into a box. */
export function fit(d: Drawing, x: number, y: number, w: number, h: number, zoom = 1): string {
	const s = Math.min(w / d.width, h / d.height, zoom);
	const dx = x + (w - d.width * s) / 2;
	const dy = y + (h - d.height * s) / 2;
	return el(
		'g',
		{ transform: `translate(${dx.toFixed(2)} ${dy.toFixed(2)}) scale(${s.toFixed(4)})` },
		d.body
	);
}

/** A whole SVG image: its title and description for screen readers, on the page's background. */
export function svgDoc(
	width: number,
	height: number,
	title: string,
	desc: string,
	body: string
): string {
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
