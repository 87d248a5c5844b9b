// Each step's share card, in each edition: build/share/s/<step>.png and build/uk/share/s/….
import { stepCardSvg } from '$lib/share/card.server';
import { shareContext } from '$lib/share/compose.server';
import { CARD_SIZE } from '$lib/share/meta';
import { svgToPng } from '$lib/share/png.server';
import { findStep, stepEntries } from '$lib/share/steps.server';
import { localeOf } from '$lib/content/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stepEntries;

export const GET: RequestHandler = ({ params }) => {
	const locale = localeOf(params.lang);
	const { section, step } = findStep(locale, params.step);
	const png = svgToPng(stepCardSvg(shareContext(locale), section, step), CARD_SIZE.width);
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
