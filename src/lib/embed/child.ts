// The only script an embed page runs (inlined into its <head>; the page itself is static
// HTML, with no framework): the theme from the query string before the first paint, the
// legacy `?state=` parameter as a move to that state's own page, and pym.js's height
// messages once the content exists.
import { readEmbedParams } from './params';
import { startPymChild } from './pym';
import { CHARTS, type ChartId } from '$lib/charts/catalogue';

export interface EmbedPageConfig {
	chart: ChartId;
	/** The state this page was prerendered in. */
	state: string;
	/** The chart's default page, relative to this one ("./" or "../"). */
	home: string;
}

/**
 * Where `?state=` asks to go: the page of that state, keeping the other parameters; null
 * when the parameter is absent, unknown (ignored, as any bad value is) or already shown.
 */
export function stateRedirect(config: EmbedPageConfig, href: string): string | null {
	const url = new URL(href);
	const wanted = url.searchParams.get('state');
	if (wanted === null) return null;
	const { state } = readEmbedParams(config.chart, url.searchParams);
	if (state !== wanted || state === config.state) return null;
	const isDefault = state === CHARTS[config.chart].DEFAULT_STATE;
	const target = new URL(isDefault ? config.home : `${config.home}${state}/`, url);
	url.searchParams.delete('state');
	target.search = url.searchParams.toString();
	target.hash = url.hash;
	return target.href;
}

export function start(config: EmbedPageConfig, win: Window = window): void {
	const redirect = stateRedirect(config, win.location.href);
	if (redirect) return win.location.replace(redirect);

	const params = readEmbedParams(config.chart, new URL(win.location.href).searchParams);
	if (params.theme !== 'auto') win.document.documentElement.dataset.theme = params.theme;

	const { childId } = params;
	if (!childId || win.parent === win) return;
	const begin = () => {
		const content = win.document.querySelector('main');
		if (content) startPymChild(childId, content, win.parent);
	};
	if (win.document.readyState === 'loading')
		win.document.addEventListener('DOMContentLoaded', begin, { once: true });
	else begin();
}
