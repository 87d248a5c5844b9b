// A share page and card for every step of the story, in both editions: read from the parsed
// story, the card's words are the step's, in its edition, and its chart is the step's state.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/content/editions';
import { plain } from '../../src/lib/content/story';
import { getStory } from '../../src/lib/content/story.server';
import { shareContext } from '../../src/lib/share/compose.server';
import { stepCardLines, stepCardSvg } from '../../src/lib/share/card.server';
import { stepImagePath, stepPagePath } from '../../src/lib/share/paths';
import { stepEntries, storySteps } from '../../src/lib/share/steps.server';

// The step page's load and the story's renderer read SITE_URL once, when first imported.
process.env.SITE_URL = 'https://example.org/within-range/';
const { load } = await import('../../src/routes/[[lang=lang]]/s/[step]/+page.server');
const { storyRenderer } = await import('../../src/lib/charts/prerender.server');
const { entries: cardEntries } =
	await import('../../src/routes/[[lang=lang]]/share/s/[step].png/+server');

/** A card's drawn text by the id of its group, lines joined. */
const group = (svg: string, id: string) =>
	[...(svg.match(new RegExp(`<g id="${id}">(.*?)</g>`))?.[1] ?? '').matchAll(/>([^<]+)</g)]
		.map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
		.join(' ');
/** The chart's part of a card: everything but its words, title and description. */
const chartPart = (svg: string) =>
	svg.replace(/<g id="step-words">.*?<\/g>|<title>.*?<\/title>|<desc>.*?<\/desc>/g, '');
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(LOCALES)('the %s edition', (locale) => {
	const story = getStory(locale);
	const steps = story.sections.flatMap((s) => s.steps.map((step) => ({ section: s, step })));
	const lang = locale === 'en' ? {} : { lang: locale };

	it('has a page and a card for every step of its story, and no other', async () => {
		expect(steps.length).toBeGreaterThanOrEqual(23);
		expect(steps.length).toBeLessThanOrEqual(26);
		expect(storySteps(locale).map((s) => s.step.id)).toEqual(steps.map((s) => s.step.id));
		const mine = (e: Record<string, string>) => (e.lang ?? 'en') === locale;
		const ids = steps.map(({ step }) => ({ ...lang, step: step.id }));
		expect(stepEntries().filter(mine)).toEqual(ids);
		expect((await cardEntries!()).filter(mine)).toEqual(ids);
	});

	it("each page's tags carry its step's own card, absolute under SITE_URL", () => {
		const root = locale === 'en' ? '' : `${locale}/`;
		for (const { section, step } of steps) {
			const data = load({ params: { ...lang, step: step.id } });
			const tag = (k: string) => data.meta.tags.find((t) => t.value === k)?.content;
			const site = 'https://example.org/within-range/';
			expect(tag('og:image')).toBe(`${site}${root}${stepImagePath(step.id)}`);
			expect(tag('og:url')).toBe(`${site}${root}${stepPagePath(step.id)}`);
			expect(tag('og:description')).toBe(plain(step.text));
			expect(tag('og:title')).toContain(section.title);
			expect(data.step).toEqual({ id: step.id, state: step.state, text: plain(step.text) });
		}
	}, 60_000);

	it('its story and each step page name both editions and x-default, absolute under SITE_URL', () => {
		const site = 'https://example.org/within-range/';
		const both = (path: string) => [
			{ hreflang: 'en', href: `${site}${path}` },
			{ hreflang: 'uk', href: `${site}uk/${path}` },
			{ hreflang: 'x-default', href: `${site}${path}` }
		];
		// The story's are in the head its server draws (StoryHead), which the page keeps as it is.
		const links = [
			...storyRenderer(locale)
				.head()
				.head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)
		].map(([, hreflang, href]) => ({ hreflang, href }));
		expect(links).toEqual(both(''));
		for (const { step } of steps)
			expect(load({ params: { ...lang, step: step.id } }).alternates).toEqual(
				both(stepPagePath(step.id))
			);
	}, 60_000);

	it("each card's words are its step's, and its chart is its step's state", () => {
		const ctx = shareContext(locale);
		const charts = new Map<string, { state: string; drawn: string }>();
		for (const { section, step } of steps) {
			const svg = stepCardSvg(ctx, section, step);
			const whole = plain(step.text);
			const drawn = group(svg, 'step-words');
			// The whole step, or its opening: whole sentences, or cut short with "…".
			expect(drawn.length, step.id).toBeGreaterThan(60);
			expect(drawn, step.id).toMatch(/[.!?…]$/);
			expect(folded(whole).startsWith(folded(drawn.replace(/…$/, ''))), step.id).toBe(true);
			expect(svg).toContain(`<desc>${whole.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}`);
			expect(svg).toMatch(locale === 'uk' ? /Джерел/ : /Sources?: /);
			charts.set(step.id, { state: `${section.id}/${step.state}`, drawn: chartPart(svg) });
		}
		for (const [a, ca] of charts)
			for (const [b, cb] of charts)
				if (a < b && ca.state.split('/')[0] === cb.state.split('/')[0])
					expect(ca.drawn === cb.drawn, `${a} and ${b}`).toBe(ca.state === cb.state);
	}, 60_000);
});

describe("a step card's words", () => {
	const ctx = shareContext('en');
	const steps = getStory('en').sections.flatMap((s) => s.steps);
	it('are the whole step where it fits, else its opening sentences', () => {
		const room = 360;
		const long = steps.filter((s) => plain(s.text).length > 400);
		const short = steps.filter((s) => plain(s.text).length < 160);
		expect(long.length).toBeGreaterThan(0);
		expect(short.length).toBeGreaterThan(0);
		for (const s of short) expect(stepCardLines(ctx, s, room).lines.join(' ')).toBe(plain(s.text));
		for (const s of long) {
			const drawn = stepCardLines(ctx, s, room).lines.join(' ');
			const sentences = plain(s.text).split(/(?<=[.!?])\s+(?=[A-Z])/);
			const openings = sentences.map((_, i) => sentences.slice(0, i + 1).join(' '));
			if (drawn.endsWith('…')) expect(sentences[0].startsWith(drawn.slice(0, -1)), s.id).toBe(true);
			else expect(openings.slice(0, -1), s.id).toContain(drawn);
		}
	});
	it('keep a number whole: no line breaks inside "2 000"', () => {
		const uk = shareContext('uk');
		for (const s of getStory('uk').sections.flatMap((x) => x.steps))
			for (const line of stepCardLines(uk, s, 360).lines)
				expect(line, s.id).not.toMatch(/^\d{3}\b/);
	});
});
