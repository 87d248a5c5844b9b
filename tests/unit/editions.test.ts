// One set of facts in every edition: each language's copy is its own ArchieML file with the
// same sections, steps, states and {fig:…} references, and its words files have the same
// keys and placeholders, so no edition can show a figure the English one does not.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataDir } from '../../src/lib/data/read';
import { parseStory } from '../../src/lib/content/parse';
import { parseWords } from '../../src/lib/content/words.server';
import { sayer, shape } from '../../src/lib/content/words';
import { formats } from '../../src/lib/content/format';
import type { Segment, Story } from '../../src/lib/content/story';
import { DATA_DIR } from './helpers';

const CONTENT = resolve(import.meta.dirname, '../../src/content');
const EDITIONS = readdirSync(CONTENT).filter(
	(d) => d !== 'en' && existsSync(resolve(CONTENT, d, 'story.aml'))
);
const dataset = readDataDir(DATA_DIR);
const read = (path: string) => readFileSync(resolve(CONTENT, path), 'utf8');

/** A story's skeleton: everything an edition must share with the English one, no words. */
export function skeleton(story: Story) {
	const figs = (segments: Segment[]) =>
		segments.filter((s) => s.kind === 'fig').map((s) => (s.kind === 'fig' ? s.id : ''));
	return {
		dek: figs(story.dek),
		// The opening's dates and chart are facts about the piece: one set for every edition.
		opening: {
			published: story.opening.published,
			updated: story.opening.updated,
			hero: [story.opening.hero.chart, story.opening.hero.state, figs(story.opening.hero.caption)]
		},
		sections: story.sections.map((s) => ({
			id: s.id,
			chart: s.chart,
			steps: s.steps.map((st) => ({ id: st.id, state: st.state, figs: figs(st.text).sort() }))
		})),
		charts: Object.fromEntries(
			Object.entries(story.charts).map(([id, c]) => [id, figs(c.takeaway).sort()])
		),
		timeline: story.timeline.map((t) => t.figure),
		methods: story.methods.length,
		disagreements: story.disagreements.map((d) => d.figures)
	};
}

const english = parseStory(read('en/story.aml'), dataset);

describe('the editions match the English one', () => {
	it('there is at least one other edition', () => expect(EDITIONS).toContain('uk'));
	for (const lang of EDITIONS) {
		const say = sayer({
			locale: lang as 'uk',
			text: parseWords(read(`${lang}/ui.aml`), `${lang}/ui.aml`)
		});
		const story = parseStory(read(`${lang}/story.aml`), dataset, {
			file: `src/content/${lang}/story.aml`,
			figure: say.figure
		});
		it(`${lang}: same sections, steps, states and figures`, () => {
			expect(skeleton(story)).toEqual(skeleton(english));
		});
		it(`${lang}: a step that cites another figure fails the check`, () => {
			const broken = read(`${lang}/story.aml`).replace(
				'{fig:drones-jan-2024-dataset}',
				'{fig:drones-oct-2024-dataset}'
			);
			const other = parseStory(broken, dataset, { file: lang, figure: say.figure });
			expect(skeleton(other)).not.toEqual(skeleton(english));
		});
		for (const file of [
			'ui.aml',
			...readdirSync(resolve(CONTENT, 'en/charts')).map((f) => `charts/${f}`)
		])
			it(`${lang}/${file}: same keys and placeholders`, () => {
				expect(shape(parseWords(read(`${lang}/${file}`), file))).toEqual(
					shape(parseWords(read(`en/${file}`), file))
				);
			});
	}
});

describe('Ukrainian conventions, through Intl', () => {
	const uk = formats('uk');
	const say = sayer({ locale: 'uk', text: parseWords(read('uk/ui.aml'), 'uk/ui.aml') });
	const fig = (id: string) => dataset.figures.find((f) => f.id === id)!;
	it('thousands with a narrow no-break space, a decimal comma', () => {
		expect(uk.n(1960)).toBe('1\u202f960');
		expect(uk.n(100000)).toBe('100\u202f000');
		expect(uk.n(55.5)).toBe('55,5');
	});
	it('dates with the year written out', () => {
		expect(uk.date('2024-11-17')).toBe('17 листопада 2024 року');
		expect(uk.monthName('2024-11')).toBe('листопад');
	});
	it('figures with their hedge and unit', () => {
		expect(say.figure(fig('us-aid-usd'))).toBe('55,5 млрд доларів');
		expect(say.figure(fig('drones-oct-2024-reported'))).toBe('понад 2\u202f000');
		expect(say.figure(fig('decision-date'))).toBe('17 листопада 2024 року');
	});
	it('lists and plurals by Ukrainian rules', () => {
		expect(uk.list(['Курськ', 'Брянськ', 'Орел'])).toBe('Курськ, Брянськ і Орел');
		const s = sayer({
			locale: 'uk',
			text: {
				'n.one': '{count} ракета',
				'n.few': '{count} ракети',
				'n.many': '{count} ракет',
				'n.other': '{count} ракети'
			}
		});
		expect([1, 2, 5, 21, 102].map((c) => s.plural('n', c))).toEqual([
			'1 ракета',
			'2 ракети',
			'5 ракет',
			'21 ракета',
			'102 ракети'
		]);
	});
});
