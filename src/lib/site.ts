/**
 * The public URL the build will be served from, from the SITE_URL build setting
 * (e.g. https://graphics.example.org/2024/within-range/). Returns it with one trailing slash,
 * or null when unset or not an http(s) URL.
 */
export function siteUrl(value: string | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		url.search = '';
		url.hash = '';
		return url.href.endsWith('/') ? url.href : url.href + '/';
	} catch {
		return null;
	}
}

export const SITE_URL_WARNING =
	'SITE_URL is not set (or not an http(s) URL): the build works from any folder, but canonical ' +
	'links, Open Graph cards and embed snippets will not have absolute URLs. Build with ' +
	'SITE_URL=https://your.host/path/ to fix.';
