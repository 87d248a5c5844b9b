// Share cards, chart downloads and social tags: the URL logic, the colour resolution, the
// type measuring, and every chart state drawn to well-formed SVG with marks and text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataDir } from '../../src/lib/data/read';
import { parseStory } from '../../src/lib/content/parse';
import { plain } from '../../src/lib/content/story';
import { chartContext } from '../../src/lib/charts/catalogue.server';
import { CHARTS, CHART_IDS } from '../../src/lib/charts/catalogue';
import { siteUrl } from '../../src/lib/site';
import { alternates, socialMeta, CARD_SIZE, type SocialInput } from '../../src/lib/share/meta';
import { shareImagePath } from '../../src/lib/share/paths';
import { color, lightValue, parseTokens } from '../../src/lib/share/tokens.server';
import { textWidth, wrap } from '../../src/lib/share/text.server';
import { shareContext, type ShareContext } from '../../src/lib/share/compose.server';
import { chartCardSvg, storyCardSvg } from '../../src/lib/share/card.server';
import { chartStateSvg } from '../../src/lib/share/download.server';
import { sayer } from '../../src/lib/content/words';
import { uiWords } from '../../src/lib/content/words.server';
import { svgToPng } from '../../src/lib/share/png.server';
import { DATA_DIR } from './helpers';

const dataset = readDataDir(DATA_DIR);
const story = parseStory(
	readFileSync(resolve(import.meta.dirname, '../../src/content/en/story.aml'), 'utf8'),
	dataset
);
const ctx: ShareContext = {
	story,
	data: chartContext().data,
	sources: dataset.sources,
	say: sayer(uiWords())
};

/** Every tag opened is closed, in order; no stray ampersand. Enough to catch broken markup. */
function wellFormed(xml: string): boolean {
	const stack: string[] = [];
	for (const m of xml.matchAll(/<(\/?)([\w:-]+)[^>]*?(\/?)>/g)) {
		if (m[3]) continue;
		if (!m[1]) stack.push(m[2]);
		else if (stack.pop() !== m[2]) return false;
	}
	return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|#\d+;)/.test(xml);
}

const input = (over: Partial<SocialInput> = {}): SocialInput => ({
	title: 'Drones',
	description: 'A takeaway',
	type: 'website',
	siteUrl: null,
	siteName: 'Within Range',
	path: 'embed/drones/',
	image: shareImagePath('drones'),
	imageAlt: 'Drones. A takeaway',
	...over
});
const tag = (meta: ReturnType<typeof socialMeta>, name: string) =>
	meta.tags.find((t) => t.value === name)?.content;

describe('social tags', () => {
	it('without SITE_URL: title, description, type and a large card, but no relative URLs', () => {
		const meta = socialMeta(input());
		expect(meta.canonical).toBeNull();
		expect(tag(meta, 'og:title')).toBe('Drones');
		expect(tag(meta, 'og:description')).toBe('A takeaway');
		expect(tag(meta, 'og:type')).toBe('website');
		expect(tag(meta, 'twitter:card')).toBe('summary_large_image');
		for (const name of ['og:url', 'og:image', 'twitter:image', 'og:image:width'])
			expect(tag(meta, name)).toBeUndefined();
	});

	it('with SITE_URL: canonical, og:url and the card as absolute URLs under its folder', () => {
		const site = siteUrl('https://example.org/within-range');
		const meta = socialMeta(input({ siteUrl: site }));
		expect(meta.canonical).toBe('https://example.org/within-range/embed/drones/');
		expect(tag(meta, 'og:url')).toBe('https://example.org/within-range/embed/drones/');
		expect(tag(meta, 'og:image')).toBe('https://example.org/within-range/share/drones.png');
		expect(tag(meta, 'twitter:image')).toBe('https://example.org/within-range/share/drones.png');
		expect(tag(meta, 'og:image:width')).toBe(String(CARD_SIZE.width));
		expect(tag(meta, 'og:image:height')).toBe(String(CARD_SIZE.height));
		expect(tag(meta, 'og:image:alt')).toBe('Drones. A takeaway');
	});

	it("the story's own URL is the site's root", () => {
		const meta = socialMeta(
			input({ siteUrl: 'https://example.org/wr/', path: '', image: shareImagePath('story') })
		);
		expect(meta.canonical).toBe('https://example.org/wr/');
		expect(tag(meta, 'og:image')).toBe('https://example.org/wr/share/story.png');
	});

	it('hreflang alternates: none without SITE_URL, else absolute both ways and x-default', () => {
		const paths = { en: 's/reach-atacms/', uk: 'uk/s/reach-atacms/' };
		expect(alternates(null, paths)).toEqual([]);
		expect(alternates(siteUrl('https://example.org/wr'), paths)).toEqual([
			{ hreflang: 'en', href: 'https://example.org/wr/s/reach-atacms/' },
			{ hreflang: 'uk', href: 'https://example.org/wr/uk/s/reach-atacms/' },
			{ hreflang: 'x-default', href: 'https://example.org/wr/s/reach-atacms/' }
		]);
	});
});

describe('colours for images', () => {
	it('takes the light value of light-dark() and follows var()', () => {
		const props = parseTokens(':root { --a: light-dark(#111, #eee); --b: var(--a); }');
		expect(lightValue('var(--b)', props)).toBe('#111');
		expect(() => lightValue('var(--missing)', props)).toThrow(/--missing/);
	});
	it('resolves every palette colour the charts use to a hex value', () => {
		for (const name of ['bg', 'text', 'muted', 'rule', 'attack', 'defence', 'aid', 'people'])
			expect(color(name)).toMatch(/^#[0-9a-f]{6}$/i);
		expect(() => color('no-such-colour')).toThrow(/--color-no-such-colour/);
	});
});

describe('type', () => {
	it('measures DejaVu text: longer and bolder is wider', () => {
		expect(textWidth('Kursk', 13)).toBeGreaterThan(0);
		expect(textWidth('Kursk region', 13)).toBeGreaterThan(textWidth('Kursk', 13));
		expect(textWidth('Kursk', 13, 'sans-bold')).toBeGreaterThan(textWidth('Kursk', 13));
	});
	it('wraps at spaces within the width, with an ellipsis past the last line allowed', () => {
		const text = plain(story.dek);
		const lines = wrap(text, 300, 16);
		expect(lines.join(' ')).toBe(text.replace(/\s+/g, ' ').trim());
		for (const l of lines) expect(textWidth(l, 16)).toBeLessThanOrEqual(300);
		const two = wrap(text, 300, 16, 'sans', 2);
		expect(two).toHaveLength(2);
		expect(two[1].endsWith('…')).toBe(true);
	});
});

describe('chart downloads and cards', () => {
	for (const chart of CHART_IDS)
		for (const state of CHARTS[chart].STATES)
			it(`${chart} / ${state}: a standalone SVG with its title, marks and sources`, () => {
				const svg = chartStateSvg(ctx, chart, state);
				expect(wellFormed(svg)).toBe(true);
				expect(svg).not.toMatch(/NaN|Infinity|undefined|var\(|light-dark/);
				expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800"/);
				expect(svg).toMatch(/<(rect|circle|path|line)\b[^>]*(fill|stroke)="#/);
				expect(svg).toContain(story.charts[chart].title);
				expect(svg).toMatch(/Sources?: /);
			});

	for (const chart of CHART_IDS)
		it(`${chart}: a 1200×630 card`, () => {
			const svg = chartCardSvg(ctx, chart);
			expect(wellFormed(svg)).toBe(true);
			expect(svg).toMatch(/width="1200" height="630"/);
			expect(svg).not.toMatch(/NaN|Infinity|undefined|var\(/);
		});

	it.each(['en', 'uk'] as const)(
		"the %s story card gives the news headline under the piece's name, as the page does",
		(locale) => {
			const { story: s } = shareContext(locale);
			const svg = storyCardSvg(shareContext(locale));
			const drawn = (svg.match(/<g id="story-hed">(.*?)<\/g>/)?.[1] ?? '')
				.replace(/<[^>]+>/g, ' ')
				.replace(/&quot;/g, '"')
				.replace(/\s+/g, ' ')
				.trim();
			expect(drawn).toBe(s.opening.hed);
			expect(svg).toContain(`>${s.headline.toUpperCase()}</text>`);
			expect(svg).toContain(`<title>${s.opening.hed} · ${s.headline}</title>`);
		},
		30_000
	);

	it('the story card renders to a 1200×630 PNG without system fonts', () => {
		const png = svgToPng(storyCardSvg(ctx), CARD_SIZE.width);
		const view = new DataView(png.buffer);
		expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		expect(view.getUint32(16)).toBe(1200);
		expect(view.getUint32(20)).toBe(630);
	});
});
