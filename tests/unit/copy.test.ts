import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseStory } from '../../src/lib/content/parse';
import { plain } from '../../src/lib/content/story';
import { readDataDir } from '../../src/lib/data/read';
import { DATA_DIR } from './helpers';

const data = readDataDir(DATA_DIR);
const raw = readFileSync(resolve(import.meta.dirname, '../../src/content/en/story.aml'), 'utf8');

describe('story copy', () => {
	it('renders figures from data/ inside the copy', () => {
		const story = parseStory(raw, data);
		expect(story.headline).toBe('Within Range');
		// Report-002's dateline is when the permission was reported, not when it was decided.
		expect(plain(story.dek)).toContain(
			'On 17 November 2024 it was reported that the United States would let Ukraine fire'
		);
		expect(story.dek.find((s) => s.kind === 'fig')).toMatchObject({
			id: 'decision-date',
			source: 'report-002'
		});
	});

	it('an unknown figure id stops the build, naming the field and line', () => {
		const broken = raw.replace('{fig:decision-date}', '{fig:decision-day}');
		const line = broken.slice(0, broken.indexOf('{fig:decision-day}')).split('\n').length;
		expect(() => parseStory(broken, data)).toThrow(
			`src/content/en/story.aml:${line}: field "dek": unknown figure "decision-day"`
		);
	});

	it('a missing headline is named', () => {
		expect(() => parseStory(raw.replace(/^headline:.*$/m, ''), data)).toThrow(
			'field "headline": missing or empty'
		);
	});
});

describe('broken copy stops the build, naming the step', () => {
	const lineOfText = (text: string, needle: string) =>
		text.slice(0, text.indexOf(needle)).split('\n').length;

	it('an unknown chart', () => {
		const broken = raw.replace('chart: drones', 'chart: drone');
		expect(() => parseStory(broken, data)).toThrow(
			`src/content/en/story.aml:${lineOfText(broken, 'chart: drone\n')}: field "sections.drones.chart": unknown chart "drone" (charts are: timeline, drones, assault, casualties, aid, troops, reach, distances)`
		);
	});

	it('an unknown chart state', () => {
		const broken = raw.replace('id: drones-rise\nstate: rise', 'id: drones-rise\nstate: climb');
		expect(() => parseStory(broken, data)).toThrow(
			`src/content/en/story.aml:${lineOfText(broken, 'id: drones-rise')}: field "sections.drones.steps.drones-rise.state": step "drones-rise" names unknown state "climb" of chart "drones" (states: year, rise, october)`
		);
	});

	it('an unknown figure id inside a step', () => {
		const broken = raw.replace('{fig:sumy-killed}', '{fig:sumy-dead}');
		expect(() => parseStory(broken, data)).toThrow(
			`src/content/en/story.aml:${lineOfText(broken, '{fig:sumy-dead}')}: field "sections.cost.steps.cost-attacks.text": unknown figure "sumy-dead"`
		);
	});

	it('a duplicate step id and a step without text', () => {
		const broken = raw
			.replace('id: drones-rise', 'id: drones-year')
			.replace(/^text: In that dataset.*$/m, 'text:');
		const message = (() => {
			try {
				parseStory(broken, data);
			} catch (e) {
				return (e as Error).message;
			}
		})();
		expect(message).toContain('duplicate id "drones-year"');
		expect(message).toContain('field "sections.drones.steps.drones-year.text": missing or empty');
	});

	it('every step of the real copy names a state of its chart and renders its figures', () => {
		const story = parseStory(raw, data);
		expect(story.sections.map((s) => s.id)).toEqual([
			'decision',
			'reach',
			'drones',
			'assault',
			'cost',
			'aid',
			'troops',
			'next'
		]);
		const text = story.sections.flatMap((s) => s.steps.map((st) => plain(st.text))).join('\n');
		expect(text).toContain('more than 2,000');
		expect(text).toContain('about 120 missiles and about 90 drones');
		expect(text).not.toMatch(/\{fig:/);
	});

	it("the opening: a news headline, the desk's dates and the chart above the fold", () => {
		const { opening } = parseStory(raw, data);
		expect(opening.hed).toBe("What Ukraine's American missiles can now reach inside Russia");
		expect(opening.published).toBe('2026-11-30');
		expect(opening.dateline).toBeUndefined();
		expect(opening.hero).toMatchObject({ chart: 'reach', state: 'atacms' });
	});

	it('a published date that is not a calendar day is named with its line', () => {
		const broken = raw.replace('published: 2026-11-30', 'published: 2026-11-31');
		const line = broken.slice(0, broken.indexOf('published: 2026-11-31')).split('\n').length;
		expect(() => parseStory(broken, data)).toThrow(
			`src/content/en/story.aml:${line}: field "published": expected a date written YYYY-MM-DD, got "2026-11-31"`
		);
	});

	it('an update before the publication, or a hero in a state its chart lacks, is named', () => {
		const early = raw.replace(
			'published: 2026-11-30',
			'published: 2026-11-30\nupdated: 2026-11-01'
		);
		expect(() => parseStory(early, data)).toThrow('field "updated": 2026-11-01 is before');
		const bad = raw.replace(/(\{hero\}\nchart: reach\nstate:) atacms/, '$1 moscow');
		expect(() => parseStory(bad, data)).toThrow('field "hero.state": unknown state "moscow"');
	});
});
