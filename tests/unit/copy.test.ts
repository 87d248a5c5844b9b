import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseStory, plain } from '../../src/lib/scrolly/copy';
import { readDataDir } from '../../src/lib/data/read';
import { DATA_DIR } from './helpers';

const data = readDataDir(DATA_DIR);
const raw = readFileSync(resolve(import.meta.dirname, '../../src/content/story.aml'), 'utf8');

describe('story copy', () => {
	it('renders figures from data/ inside the copy', () => {
		const story = parseStory(raw, data);
		expect(story.headline).toBe('Within Range');
		expect(plain(story.dek)).toContain('On 17 November 2024, the United States');
		expect(story.dek.find((s) => s.kind === 'fig')).toMatchObject({
			id: 'decision-date',
			source: 'report-002'
		});
	});

	it('an unknown figure id stops the build, naming the field and line', () => {
		const broken = raw.replace('{fig:decision-date}', '{fig:decision-day}');
		const line = broken.slice(0, broken.indexOf('{fig:decision-day}')).split('\n').length;
		expect(() => parseStory(broken, data)).toThrow(
			`src/content/story.aml:${line}: field "dek": unknown figure "decision-day"`
		);
	});

	it('a missing headline is named', () => {
		expect(() => parseStory(raw.replace(/^headline:.*$/m, ''), data)).toThrow(
			'field "headline": missing or empty'
		);
	});
});
