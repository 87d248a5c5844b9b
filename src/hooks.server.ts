import type { Handle } from '@sveltejs/kit';

/**
 * build/404.html is served at any missing path, where its relative links to the build's
 * files would point nowhere. Its styles are inlined already; drop the stylesheet links that
 * SvelteKit keeps for client navigation (it has none) and the relative favicon.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.url.pathname.endsWith('/404.html')
				? html
						.replace(/<link[^>]*\sdisabled\s[^>]*>\s*/g, '')
						.replace(/<link rel="icon"[^>]*>\s*/, '')
				: html
	});
