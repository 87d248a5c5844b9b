// The reach map and the timeline in Ukrainian: every state rendered with the Ukrainian words,
// its sentences read with the real figures and places in their Ukrainian forms, and at least
// 90 % of its letters Cyrillic once the Latin weapon and source names are set aside.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { select as selectReach } from '../../../src/lib/charts/reach/data.server';
import { select as selectTimeline } from '../../../src/lib/charts/timeline/data.server';
import { reachView } from '../../../src/lib/charts/reach/view';
import { timelineView } from '../../../src/lib/charts/timeline/view';
import { STATES as REACH } from '../../../src/lib/charts/reach/index';
import { STATES as TIMELINE } from '../../../src/lib/charts/timeline/index';
import { getStory } from '../../../src/lib/content/story.server';
import { DATA_DIR, sayFor } from '../helpers';

const dataset = readDataDir(DATA_DIR);
const uk = { reach: sayFor('reach', 'uk'), timeline: sayFor('timeline', 'uk') };

/** Ids, paths and codes a view carries for its code, never shown as words. */
const CODES = new Set('id name kind emphasis edge path key sources source country d'.split(' '));

/** Every text a reader meets in a view, depth first. */
function read(v: unknown, key = ''): string[] {
	if (CODES.has(key)) return [];
	// SVG paths (land, rings) are drawn, not read.
	if (typeof v === 'string') return /^[MLZHVCAmlzhvca\d\s.,-]+$/.test(v) ? [] : [v];
	if (Array.isArray(v)) return v.flatMap((x) => read(x));
	if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => read(x, k));
	return [];
}

/** Latin names Ukrainian media write as they are. */
const LATIN = /ATACMS|HIMARS|Storm Shadow|SCALP|The New York Times|Significant Stride/g;

function cyrillic(texts: string[]): number {
	const letters = texts.join(' ').replace(LATIN, '').match(/\p{L}/gu) ?? [];
	return letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / letters.length;
}

describe('reach map in Ukrainian', () => {
	const data = selectReach(dataset);
	for (const state of REACH)
		it(`${state}: at least 90 % Cyrillic`, () => {
			expect(cyrillic(read(reachView(data, state, uk.reach)))).toBeGreaterThanOrEqual(0.9);
		});

	it('names the places in their Ukrainian forms, on the map and in the sentences', () => {
		const v = reachView(data, 'kursk', uk.reach);
		const lines = v.places.flatMap((p) => [p.wide, p.narrow]).flatMap((l) => l?.lines ?? []);
		expect(lines).toEqual(expect.arrayContaining(['Суми', 'Курськ', 'Суджа']));
		expect(v.summary).toMatch(/^Україна утримує позиції в Курській області Росії відтоді/);
		expect(v.summary).toContain('Курськ — близько 130 км від Сум');
		expect(v.note).toContain('Кола — навколо Сум, умовної точки пуску біля кордону.');
	});

	it('himars: the ring from Sumy reaches Sudzha; the month in brackets', () => {
		const v = reachView(data, 'himars', uk.reach);
		expect(v.summary).toContain('з району Сум');
		expect(v.summary).toContain('дістають до таких міст Росії: Суджа (близько ');
		expect(v.summary).toContain('після наступу Росії на Харків (травень 2024 року)');
	});

	it('atacms: the reports counted in words, the band in Ukrainian numbers', () => {
		const v = reachView(data, 'atacms', uk.reach);
		expect(v.summary).toMatch(/^(Два|Три|Чотири) звіти називають дальність ATACMS/);
		expect(v.summary).toContain('смугу від 299 до 306 км');
		expect(v.table.caption).toBe('Дальність за даними звітів; кола проведено від Сум');
		expect(v.table.rows.map((r) => r.source)).toContain(
			'Недатований новинний звіт про рішення щодо ATACMS'
		);
	});
});

describe('timeline in Ukrainian', () => {
	const data = selectTimeline(dataset, getStory('uk'));
	for (const state of TIMELINE)
		it(`${state}: at least 90 % Cyrillic, dates as Ukrainian writes them`, () => {
			const v = timelineView(data, state, uk.timeline);
			expect(cyrillic(read(v))).toBeGreaterThanOrEqual(0.9);
			expect(v.summary).toMatch(/^Хронологія 2024-го і початку 2025 року\./);
			expect(v.table.caption).toBe('Ключові дати');
			expect(v.marks.map((m) => m.when)).toContain('17 листопада 2024 року');
			expect(v.ticks[0].label).toBe('трав. 2024');
			expect(v.ticks.map((t) => t.short)).toContain('Л');
		});
});
