// Markup the server drew, as the browser adopts it. In the browser {@html} with a non-empty
// placeholder keeps the server's nodes as they are (an empty one would remove them), so every
// part drawn by the server (ServerDrawn, the section and chart islands) is written one way.
import type { RenderedPart } from '$lib/charts/prerender.server';

/** What {@html} holds in the browser: the server's markup stays untouched. */
const KEEP = ' ';

/**
 * A drawn part's head and body for {@html}: on the server the part, its body wrapped in a
 * `<div class={root}>` when one is named (the element an island hydrates); in the browser,
 * where `drawn` is null, the placeholder.
 */
export function adopted(drawn: RenderedPart | null | undefined, root?: string) {
	if (!drawn) return { head: KEEP, body: KEEP };
	const body = root ? `<div class="${root}">${drawn.body}</div>` : drawn.body;
	return { head: drawn.head, body };
}
