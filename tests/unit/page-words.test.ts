// The pages' words come from src/content/en/ui.aml through each page's load: the story shell
// gets only the groups it speaks, charts leave the pages' groups out, and the English each
// page prints is the English it printed when the words were in its code.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { chartWords, describedFigures, uiWords } from '../../src/lib/content/words.server';
import { sayer } from '../../src/lib/content/words';
import { chartContext } from '../../src/lib/charts/catalogue.server';
import { creditLine } from '../../src/lib/share/compose.server';
import SourcesMethods from '../../src/lib/sources/SourcesMethods.svelte';
import ReadingProgress from '../../src/lib/components/ReadingProgress.svelte';
import EmbedCode from '../../src/lib/embed/EmbedCode.svelte';
import NotFound from '../../src/routes/404.html/+page.svelte';
import { load as storyLoad } from '../../src/routes/[[lang=lang]]/+page.server';
import { load as notFoundLoad } from '../../src/routes/404.html/+page.server';

/** A rendered body as text: inline tags dropped, others a space, white space folded. */
const text = (html: string) =>
	html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<\/?(span|a|strong|small|code)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

describe('which words travel where', () => {
	it('a page takes whole groups, or single keys', () => {
		const { text } = uiWords(['page', 'sources.title']);
		expect(Object.keys(text).sort()).toEqual([
			'page.progress',
			'page.progress-step',
			'page.published',
			'page.sections',
			'page.share',
			'page.shared',
			'page.switch',
			'page.unshared',
			'page.updated',
			'sources.title'
		]);
	});
	it("the story shell gets only the words it speaks, and each source's credit alone", () => {
		const data = storyLoad({ params: {} });
		const groups = new Set(Object.keys(data.words.text).map((k) => k.split('.')[0]));
		expect([...groups].sort()).toEqual(['embed', 'page', 'sources']);
		expect(Object.keys(data.sources[0]).sort()).toEqual(['credit', 'id']);
		expect('timeline' in data.story).toBe(false);
	});
	it("a chart's words leave out the pages' groups", () => {
		const keys = Object.keys(chartWords('drones').text);
		expect(keys).toContain('frame.show-data');
		expect(keys).toContain('unit.km');
		for (const group of ['embed', 'page', 'sources', 'share', 'notfound'])
			expect(keys.some((k) => k.startsWith(`${group}.`))).toBe(false);
	});
});

describe('the pages speak as before', () => {
	const { story, dataset } = chartContext();
	const sources = () =>
		text(
			render(SourcesMethods, {
				props: {
					methods: story.methods,
					disagreements: story.disagreements,
					figures: describedFigures(dataset.figures, 'en'),
					sources: dataset.sources,
					words: uiWords()
				}
			}).body
		);

	it('the sources and methods', () => {
		const body = sources();
		for (const words of [
			'Sources and methods',
			'Where the sources disagree Topic Figures given Note',
			'Every figure and its source',
			'Every figure in this story, with the source it comes from Figure What it counts When Source',
			'Each source in full: publisher, date, licence, and where each dataset was read',
			'17 November 2024 (inferred)',
			'(news report). Publisher not stated. Date not stated.',
			'(dataset).'
		])
			expect(body).toContain(words);
		expect(body).toMatch(/Published \d{1,2} \w+ \d{4}\./);
		expect(body).toMatch(/Licence: [^.]+\./);
		expect(body).toContain('January 2022 to June 2024');
	});

	it('the reading progress and the embed panel', () => {
		const say = sayer(uiWords(['page', 'embed']));
		const bar = render(ReadingProgress, { props: { done: 3, total: 23, say } }).body;
		expect(bar).toContain('aria-label="Reading progress"');
		expect(bar).toContain('aria-valuetext="Step 3 of 23"');
		const panel = text(
			render(EmbedCode, { props: { chart: 'drones', title: 'Drones', say } }).body
		);
		expect(panel).toMatch(
			/^Embed this chart Paste one of these into any page; the chart resizes itself to fit\. With pym\.js .* Copy the pym\.js code With our loader \(no other script\) .* Copy the loader code$/
		);
	});

	it('the page for a missing address', () => {
		const data = notFoundLoad();
		const { head, body } = render(NotFound, { props: { data: data as never } });
		expect(head).toContain(`<title>Page not found – ${story.headline}</title>`);
		expect(text(body)).toContain(
			`There is nothing at this address It may be a chart that does not exist. The charts of ${story.headline} that can be embedded are:`
		);
	});

	it("a download's credit line, as the frame writes it", () => {
		const say = sayer(uiWords());
		const view = (ids: string[]) => ({ sources: ids }) as never;
		const [a, b] = dataset.sources;
		expect(creditLine(view([a.id]), dataset.sources, say)).toBe(`Source: ${a.credit}`);
		expect(creditLine(view([a.id, b.id]), dataset.sources, say)).toBe(
			`Sources: ${a.credit}; ${b.credit}`
		);
	});
});
