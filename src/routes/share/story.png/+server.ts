// The story's share card, prerendered to build/share/story.png for Open Graph and Twitter.
import { storyCardSvg } from '$lib/share/card.server';
import { shareContext } from '$lib/share/compose.server';
import { CARD_SIZE } from '$lib/share/meta';
import { svgToPng } from '$lib/share/png.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(svgToPng(storyCardSvg(shareContext()), CARD_SIZE.width), {
		headers: { 'content-type': 'image/png' }
	});
