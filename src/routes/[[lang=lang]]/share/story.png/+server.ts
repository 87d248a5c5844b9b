// The story's share card in each edition, prerendered to build/share/story.png and
// build/uk/share/story.png for Open Graph and Twitter.
import { storyCardSvg } from '$lib/share/card.server';
import { shareContext } from '$lib/share/compose.server';
import { CARD_SIZE } from '$lib/share/meta';
import { svgToPng } from '$lib/share/png.server';
import { editionEntries, localeOf } from '$lib/content/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = editionEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(svgToPng(storyCardSvg(shareContext(localeOf(params.lang))), CARD_SIZE.width), {
		headers: { 'content-type': 'image/png' }
	});
