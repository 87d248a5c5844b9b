// The embed loader for other sites (built into build/embed.js with the heights table the
// build measured; see routes/embed.js). On any page:
//   <div data-within-range="drones"></div>
//   <script src="https://…/within-range/embed.js" async></script>
// Optional attributes: data-state="october", data-theme="light|dark", data-title="…",
// data-lang="uk", and the story's snippet gives the div a style="padding-bottom:calc(…)" that
// holds about the chart's height at its width until this script replaces it with the iframe. Each div gets a responsive, lazy-loaded iframe of that chart, as tall as
// the chart will be at its width before it loads (so the host page does not move), then
// resized from the height messages it sends (pym.js's format), accepted only from this
// script's own origin.
import { parsePymMessage, pymMessage } from './pym';
import { has, loaderHeight, type LoaderTable } from './reserve';

/** Reserved for a chart the table does not know (a build older or newer than this script). */
const FALLBACK = 480;

interface Frames {
	[id: string]: { frame: HTMLIFrameElement; chart: string; state: string; locale: string };
}
type Host = Window & { __withinRangeFrames?: Frames; __withinRangeListening?: boolean };

export function start(table: LoaderTable, script = document.currentScript): void {
	if (!(script instanceof HTMLScriptElement) || !script.src) return;
	const root = new URL('.', script.src);
	const origin = root.origin;
	const host = window as Host;
	const frames = (host.__withinRangeFrames ??= {});
	let count = Object.keys(frames).length;

	const post = (id: string, type: string, message: string | number) =>
		frames[id]?.frame.contentWindow?.postMessage(pymMessage(id, type, message), origin);

	// The frame's own width decides its height: set before the host lays it out again.
	const reserve = (id: string) => {
		const { frame, chart, state, locale } = frames[id];
		const width = frame.getBoundingClientRect().width;
		const height = loaderHeight(table, locale, chart, state, width) ?? FALLBACK;
		frame.style.height = `${height}px`;
	};

	function mount(el: Element) {
		if (el.getAttribute('data-within-range-mounted')) return;
		const chart = el.getAttribute('data-within-range') || '';
		if (!/^[a-z][a-z-]{0,40}$/.test(chart)) return;
		const id = `within-range-${chart}-${count++}`;
		// data-lang="uk" embeds an edition's page (uk/embed/…); anything else, the English one.
		const locale = el.getAttribute('data-lang') === 'uk' ? 'uk' : 'en';
		const src = new URL(`${locale === 'en' ? '' : `${locale}/`}embed/${chart}/`, root);
		src.searchParams.set('childId', id);
		for (const key of ['state', 'theme']) {
			const value = el.getAttribute(`data-${key}`);
			if (value) src.searchParams.set(key, value);
		}
		const frame = document.createElement('iframe');
		frame.src = src.href;
		const titles = has(table.titles, locale) ? table.titles[locale] : {};
		frame.title = el.getAttribute('data-title') || (has(titles, chart) ? titles[chart] : chart);
		frame.loading = 'lazy';
		frame.setAttribute('scrolling', 'no');
		frame.style.cssText = 'display:block;width:100%;border:0;overflow:hidden';
		frame.addEventListener('load', () => post(id, 'width', frame.offsetWidth));
		el.setAttribute('data-within-range-mounted', id);
		const state = el.getAttribute('data-state') || '';
		frames[id] = { frame, chart, state, locale };
		el.appendChild(frame);
		// The snippet's placeholder held about the chart's height from its own width (an
		// inline padding, placeholder.ts); the iframe now holds the exact one, in the same task.
		(el as HTMLElement).style?.removeProperty('padding-bottom');
		reserve(id);
	}

	if (!host.__withinRangeListening) {
		host.__withinRangeListening = true;
		window.addEventListener('message', (e) => {
			const msg = e.origin === origin ? parsePymMessage(e.data) : null;
			if (!msg || msg.type !== 'height' || !has(frames, msg.id)) return;
			const { frame } = frames[msg.id];
			const height = Number(msg.message);
			if (e.source !== frame.contentWindow || !(height > 0 && height < 20000)) return;
			frame.style.height = `${Math.ceil(height)}px`;
		});
		window.addEventListener('resize', () => {
			for (const id in frames) {
				reserve(id);
				post(id, 'width', frames[id].frame.offsetWidth);
			}
		});
	}

	const mountAll = () => document.querySelectorAll('[data-within-range]').forEach(mount);
	mountAll();
	// Included in the <head> (blocking="render"), it mounts each chart as it is parsed, so
	// the first paint already holds every iframe at its height: nothing moves at all.
	if (document.readyState === 'loading') {
		const observer = new MutationObserver(mountAll);
		observer.observe(document.documentElement, { childList: true, subtree: true });
		document.addEventListener('DOMContentLoaded', () => (observer.disconnect(), mountAll()));
	}
}
