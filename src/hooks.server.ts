import type { Handle } from '@sveltejs/kit';
import { deferBoot } from '$lib/boot';

/** Stylesheet links SvelteKit keeps, disabled, for client-side navigation. */
const DISABLED_STYLESHEETS = /<link[^>]*\sdisabled\s[^>]*>\s*/g;

/**
 * The story's client starts after load, without modulepreloads ($lib/boot). Pages that run
 * no SvelteKit client (embeds, build/404.html) have their styles inlined
 * already: drop the disabled stylesheet links kept for client navigation, which they never
 * do. build/404.html is also served at any missing path, where its relative favicon link
 * would point nowhere.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html: page }) => {
			// An edition's pages (/uk/…) declare their language for readers, search and axe.
			const html = event.params.lang
				? page.replace('<html lang="en">', `<html lang="${event.params.lang}">`)
				: page;
			// Prerendered pages arrive whole (nothing streams), so one test per page suffices.
			// Pages with a client (the story) boot it after load: see $lib/boot.
			if (html.includes('__sveltekit_')) return deferBoot(html, event.url.pathname);
			const stripped = html.replace(DISABLED_STYLESHEETS, '');
			return event.url.pathname.endsWith('/404.html')
				? stripped.replace(/<link rel="icon"[^>]*>\s*/, '')
				: stripped;
		}
	});
