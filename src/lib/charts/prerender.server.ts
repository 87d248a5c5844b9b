// Renders parts of the story into its prerendered page that the browser does not hydrate at
// load: the charts (hydrated only when the reader nears them, by ChartIsland), and never the
// sources and methods (static text and links), the steps' words or the page's head (its
// title and share tags). The page ships neither their code nor their data.
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import SourcesMethods from '$lib/sources/SourcesMethods.svelte';
import Copy from '$lib/components/Copy.svelte';
import StoryHead from '$lib/components/StoryHead.svelte';
import { SITE_URL } from '$lib/site.server';
import StorySection from '$lib/scrolly/StorySection.svelte';
import Chart from './Chart.svelte';
import Hero from './Hero.svelte';
import { chartContext } from './catalogue.server';
import type { Locale } from '$lib/content/format';
import { describedFigures, uiWords } from '$lib/content/words.server';
import { sayer } from '$lib/content/words';
import type { ChartId } from './catalogue';
import type { IslandProps } from './island';
import type { ComponentProps } from 'svelte';

/** A part of the story drawn by the server: what it adds to the <head>, and its markup. */
export interface RenderedPart {
	/** Its <style> elements not already emitted for this page; the page's head: its tags. */
	head: string;
	body: string;
}

export type ChartRenderer = (chart: ChartId, props: IslandProps) => RenderedPart;

export interface StoryRenderer {
	chart: ChartRenderer;
	/** The opening's chart above the fold (never hydrated: its section draws it live). */
	hero: () => RenderedPart;
	sources: () => RenderedPart;
	/** The page's title, description and share tags: all head, no body. */
	head: () => RenderedPart;
	/** A story section (SectionIsland), its chart and its steps' words drawn as they are. */
	section: (props: ComponentProps<typeof StorySection>) => RenderedPart;
	/** A step's words, by its id, as Copy draws them, for the page to keep as static HTML
	 * (their styles ship with the page, which draws the dek with Copy). */
	step: (id: string) => string;
}

/** A renderer for one page: its parts share styles, each emitted once per page. */
export function storyRenderer(locale: Locale = 'en'): StoryRenderer {
	const { dataset, storyOf, dataOf, sourcesOf, words, def } = chartContext();
	const data = dataOf(locale);
	const story = storyOf(locale);
	const emitted = new Set<string>();
	let count = 0;
	const draw = <P extends Record<string, unknown>>(component: Component<P>, props: P) => {
		// Styles of the parts drawn inside this one (a section's chart) were new to the page
		// as they were drawn: they stay.
		const before = new Set(emitted);
		// Ids ($props.id) unique across the page's parts: a chart may appear twice.
		const { head, body } = render(component as Component<Record<string, unknown>>, {
			props,
			idPrefix: `c${++count}`
		});
		const styles = [...head.matchAll(/<style id="([^"]+)">[\s\S]*?<\/style>/g)]
			.filter(([, id]) => !before.has(id) && before.add(id) && emitted.add(id))
			.map(([style]) => style);
		return { head: styles.join(''), body };
	};
	const renderer: StoryRenderer = {
		section: (props) =>
			draw(StorySection, { ...props, renderChart: renderer.chart, renderStep: renderer.step }),
		chart: (chart, props) =>
			draw(Chart, {
				...props,
				chart,
				def: def(chart),
				data: data[chart],
				state: props.state,
				words: words(chart, locale)
			}),
		hero: () => {
			const { chart, state, caption, link } = story.opening.hero;
			const { head, body } = draw(Hero, {
				def: def(chart),
				data: data[chart],
				state,
				words: words(chart, locale),
				caption,
				href: `#${story.sections.find((s) => s.chart === chart)?.id ?? ''}`,
				link
			});
			return { head, body: body.replace(/<!--[^>]*-->/g, '') };
		},
		step: (id) => {
			const segments = story.sections.flatMap((s) => s.steps).find((s) => s.id === id)!.text;
			return render(Copy, { props: { segments } }).body.replace(/<!--[^>]*-->/g, '');
		},
		head: () => {
			const { hed } = story.opening;
			const { headline, dek } = story;
			const title = sayer(uiWords(['share'], locale))('share.story', { title: hed, headline });
			const props = { title, hed, headline, dek, locale, siteUrl: SITE_URL };
			// Never hydrated. Its markers must go: the page adopts the head up to the first empty
			// comment, which would end it early.
			return { head: render(StoryHead, { props }).head.replace(/<!--[^>]*-->/g, ''), body: '' };
		},
		sources: () => {
			const { head, body } = draw(SourcesMethods, {
				methods: story.methods,
				disagreements: story.disagreements,
				figures: describedFigures(dataset.figures, locale),
				sources: sourcesOf(locale),
				words: uiWords(undefined, locale)
			});
			// Never hydrated: the hydration markers are only bytes.
			return { head, body: body.replace(/<!--[^>]*-->/g, '') };
		}
	};
	return renderer;
}
