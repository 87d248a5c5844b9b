import { esc } from '$lib/html';

/** The two ways to embed a chart, as HTML for another site's page. */
export interface EmbedSnippets {
	/** For pages that use NPR's pym.js. */
	pym: string;
	/** With our own dependency-free loader, build/embed.js. */
	loader: string;
}

/**
 * The snippets for one chart, given the absolute URL of the build's root (ending in "/").
 * The state is only written when it is not the chart's default; `style`, the placeholder's
 * inline style (lib/embed/placeholder.ts), holds the chart's room before the loader runs.
 */
export function embedSnippets(
	root: string,
	chart: string,
	title: string,
	state?: string,
	locale = 'en',
	style = ''
): EmbedSnippets {
	// Each state has its own prerendered page: no redirect, and it works without JS. An
	// edition's pages live under its prefix (uk/embed/…), which the loader takes as data-lang.
	const lang = locale === 'en' ? '' : `${locale}/`;
	const page = new URL(`${lang}embed/${chart}/${state ? `${state}/` : ''}`, root);
	const id = `within-range-${chart}`;
	return {
		pym: [
			`<div id="${id}"></div>`,
			'<script src="https://pym.nprapps.org/pym.v1.min.js"></script>',
			`<script>new pym.Parent(${JSON.stringify(id)}, ${JSON.stringify(page.href)}, { title: ${JSON.stringify(title).replace(/</g, '\\u003c')} });</script>`
		].join('\n'),
		loader: [
			`<div data-within-range="${esc(chart)}"${state ? ` data-state="${esc(state)}"` : ''}${lang ? ` data-lang="${locale}"` : ''} data-title="${esc(title)}"${style ? ` style="${esc(style)}"` : ''}></div>`,
			`<script src="${new URL('embed.js', root).href}" async></script>`
		].join('\n')
	};
}
