// The aid and casualties charts in Ukrainian: every state rendered with the Ukrainian words,
// its key sentences read with the real figures (each count in the form its number takes), and
// at least 90 % of its letters Cyrillic. The donors and currencies read from data/ are content
// keys: English spells each as data/ does, Ukrainian gives every one.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import { slug } from '../../../src/lib/content/words';
import * as aid from '../../../src/lib/charts/aid/data.server';
import * as casualties from '../../../src/lib/charts/casualties/data.server';
import { aidView } from '../../../src/lib/charts/aid/view';
import { casualtiesView } from '../../../src/lib/charts/casualties/view';
import { STATES as AID } from '../../../src/lib/charts/aid/index';
import { STATES as CASUALTIES } from '../../../src/lib/charts/casualties/index';
import { DATA_DIR, sayFor } from '../helpers';

const dataset = readDataDir(DATA_DIR);
const uk = { aid: sayFor('aid', 'uk'), casualties: sayFor('casualties', 'uk') };
const en = { aid: sayFor('aid'), casualties: sayFor('casualties') };
/** Ukrainian groups thousands with a narrow no-break space. */
const n = (s: string) => s.replace(/(\d) (\d{3})/g, '$1\u202f$2');

/** Ids, styles and codes a view carries for its code, never shown as words. */
const CODES = new Set(['id', 'kind', 'role', 'currency', 'axis', 'key', 'part', 'block']);
/** Parts of a view drawn, not read: marks carry data/'s ids. */
const DRAWN = new Set(['marks', 'segments', 'blocks', 'sources', 'height']);

/** Every text a reader meets in a view, depth first. */
function read(v: unknown, key = ''): string[] {
	if (DRAWN.has(key)) return [];
	if (typeof v === 'string') return CODES.has(key) ? [] : [v];
	if (Array.isArray(v)) return v.flatMap((x) => read(x));
	if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => read(x, k));
	return [];
}

/** The share of the letters in some texts that are Cyrillic. */
function cyrillic(texts: string[]): number {
	const letters = texts.join(' ').match(/\p{L}/gu) ?? [];
	return letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / letters.length;
}

describe('aid chart in Ukrainian', () => {
	const data = aid.select(dataset);
	const view = (s: (typeof AID)[number]) => aidView(data, s, uk.aid);
	for (const state of AID)
		it(`${state}: at least 90 % Cyrillic`, () => {
			expect(cyrillic(read(view(state)))).toBeGreaterThanOrEqual(0.9);
		});

	it('us: the dollars alone, with their own period', () => {
		const v = view('us');
		expect(v.figure?.value).toBe('55,5 млрд доларів');
		expect(v.heading).toBe(
			'Американські зброя і техніка, передані або обіцяні Україні · від початку війни до черв. 2024'
		);
		expect(v.summary).toContain(
			'передані або обіцяні Україні (від початку війни до черв. 2024), у 55,5 млрд доларів'
		);
		expect(v.table.rows[0].currency).toBe('долари США');
	});

	it('donors: the donors named in Ukrainian, euros as Ukrainian writes them', () => {
		const v = view('donors');
		const names = v.labels.filter((l) => l.role === 'name');
		expect(names.map((l) => l.short).join(', ')).toBe(
			'США, Інституції ЄС*, Німеччина, Британія, Канада, Японія, Данія, Нідерланди, Франція, Польща'
		);
		// The short form is for the phone's column of names; wider charts say it in full.
		expect(names.map((l) => l.text)).toContain('Велика Британія');
		expect(v.labels[1].text).toBe('77,35 млрд €');
		expect(v.axes[0].title).toBe(
			'млрд євро · випуск 29 Кільського трекера · січ. 2022 – черв. 2024'
		);
		expect(v.summary).toContain(
			'Топ-10 донорів очолюють США (77,35 млрд євро) та Інституції ЄС (39,38 млрд євро), останній у переліку — Польща (4,42 млрд євро).'
		);
		expect(v.note).toContain('тож власної в рядку «Інституції ЄС» немає');
	});

	it('by-type: the types in the key and each donor split', () => {
		const v = view('by-type');
		expect(v.key.map((k) => k.text)).toEqual(['Військова', 'Фінансова', 'Гуманітарна']);
		expect(v.summary).toContain(
			'Німеччина — військова 9,24 млрд євро, фінансова 1,61 млрд євро, гуманітарна 3,13 млрд євро'
		);
		expect(v.table.columns.map((c) => c.label)).toContain(
			'Разом (млрд євро · випуск 29 Кільського трекера)'
		);
	});

	it('donors and currencies from data/: English spells them as data/, Ukrainian has each', () => {
		for (const d of data.donors) {
			expect(en.aid.named('donor', d.donor)).toBe(d.donor);
			expect(uk.aid.has(`donor.${slug(d.donor)}`), d.donor).toBe(true);
		}
		for (const c of ['EUR', 'USD']) {
			expect(en.aid.named('currency', c)).toBe(c);
			expect(uk.aid.has(`currency.${slug(c)}`)).toBe(true);
		}
	});
});

describe('casualties chart in Ukrainian', () => {
	const data = casualties.select(dataset);
	const view = (s: (typeof CASUALTIES)[number]) => casualtiesView(data, s, uk.casualties);
	for (const state of CASUALTIES)
		it(`${state}: at least 90 % Cyrillic`, () => {
			expect(cyrillic(read(view(state)))).toBeGreaterThanOrEqual(0.9);
		});

	it('assault: the toll as a minimum, the date inferred', () => {
		const v = view('assault');
		expect(v.labels.map((l) => l.text)).toEqual([
			'Російська атака 17 листопада 2024 року (дату встановлено за висновком)',
			'Загиблих: щонайменше 10',
			'+',
			'«Щонайменше»: звіт наводить мінімальну цифру, тож загиблих може бути більше.'
		]);
		expect(v.summary).toContain('кількість загиблих унаслідок російської атаки: щонайменше 10.');
		expect(v.table.rows[0].date).toBe('17 листопада 2024 року (за висновком)');
	});

	it('attacks: each attack titled, its counts after a colon', () => {
		const v = view('attacks');
		expect(v.labels.map((l) => l.short)).toEqual([
			'Атака, 17 лист.*',
			// The hedge and its number kept on one line on a narrow plot (a no-break space).
			'Загиблих: щонайменше\u00a010',
			'+',
			'Сумщина*',
			'Загиблих: 8',
			'З них дітей: 2',
			'Удар по Одесі*',
			'Загиблих: 10',
			'Поранених: майже\u00a050'
		]);
		expect(v.summary).toContain('Удар по Одесі: загиблих — 10, поранених — майже 50.');
		expect(v.key.map((k) => k.text)).toEqual([
			'Одна загибла людина',
			'Загибла дитина',
			'Одна поранена людина'
		]);
	});

	it('monthly: the months in Ukrainian, each count agreeing with its number', () => {
		const v = view('monthly');
		expect(v.summary).toContain(
			n('коливалася від 502 (лютий 2024 року) до 1 428 (вересень 2024 року)')
		);
		expect(v.summary).toContain('— листопад 2024 року: щонайменше 165 загиблих і 887 поранених.');
		expect(v.summary).toContain(
			'За лютий 2024 року місія оприлюднила лише загальну кількість (502)'
		);
		expect(v.monthly?.focus?.short).toBe('Лист.: щонайменше 165 загиблих і 887 поранених');
		expect(v.monthly?.xTicks.map((t) => t.short).join('')).toBe('СЛБКТЧЛСВЖЛ');
		expect(v.note).toContain(
			'Останній місяць ряду — листопад 2024 року; цифри за грудень 2024 року немає.'
		);
		expect(v.table.rows[0].month).toBe('Січень 2024 року');
		const say = uk.casualties;
		expect([1, 3, 5, 21, 161].map((c) => say.plural('counted.killed', c))).toEqual([
			'1 загиблий',
			'3 загиблі',
			'5 загиблих',
			'21 загиблий',
			'161 загиблий'
		]);
		expect(say.plural('counted.injured', 887)).toBe('887 поранених');
	});
});
