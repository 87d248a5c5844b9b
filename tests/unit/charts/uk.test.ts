// The drones, assault, troops and distances charts in Ukrainian: every state rendered with the
// Ukrainian words, its key sentences read with the real figures (numbers agreeing with their
// nouns), and at least 90 % of its letters Cyrillic once the Latin weapon and source names are
// set aside: proof that no English is left in code or taken raw from data/.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/data/read';
import * as drones from '../../../src/lib/charts/drones/data.server';
import * as assault from '../../../src/lib/charts/assault/data.server';
import * as troops from '../../../src/lib/charts/troops/data.server';
import * as distances from '../../../src/lib/charts/distances/data.server';
import { dronesView } from '../../../src/lib/charts/drones/view';
import { assaultView } from '../../../src/lib/charts/assault/view';
import {
	COMPACT_METRICS,
	METRICS,
	inlineLines,
	partLines
} from '../../../src/lib/charts/assault/layout';
import { troopsView } from '../../../src/lib/charts/troops/view';
import { distancesView } from '../../../src/lib/charts/distances/view';
import { STATES as DRONES } from '../../../src/lib/charts/drones/index';
import { STATES as ASSAULT } from '../../../src/lib/charts/assault/index';
import { STATES as TROOPS } from '../../../src/lib/charts/troops/index';
import { STATES as DISTANCES } from '../../../src/lib/charts/distances/index';
import type { ChartViewBase } from '../../../src/lib/charts/types';
import { DATA_DIR, sayFor } from '../helpers';

const dataset = readDataDir(DATA_DIR);
const uk = {
	drones: sayFor('drones', 'uk'),
	assault: sayFor('assault', 'uk'),
	troops: sayFor('troops', 'uk'),
	distances: sayFor('distances', 'uk')
};
/** Ukrainian groups thousands with a narrow no-break space. */
const n = (s: string) => s.replace(/(\d) (\d{3})/g, '$1\u202f$2');

/** Fields that are ids and styles, never read by a reader. */
const NOT_READ = new Set(
	'id month kind style fate emphasis group reach lies swatch level qualifier sources key'.split(' ')
);

/** Every text a reader meets in a view: summary, labels, notes, axis, table caption and cells. */
function texts(view: ChartViewBase, skip: string[] = []): string[] {
	const out: string[] = [];
	const walk = (v: unknown, key = '') => {
		if (NOT_READ.has(key) || skip.includes(key)) return;
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) v.forEach((x) => walk(x));
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k);
	};
	walk(view);
	return out;
}

/** Latin names Ukrainian media write as they are. */
const LATIN = /ATACMS|HIMARS|Storm Shadow|SCALP|The New York Times/g;

function cyrillicShare(all: string[]): number {
	const letters = all.join(' ').replace(LATIN, '').match(/\p{L}/gu) ?? [];
	return letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / letters.length;
}

describe('drones chart in Ukrainian', () => {
	const data = drones.select(dataset);
	const view = (s: (typeof DRONES)[number]) => dronesView(data, s, uk.drones);
	for (const state of DRONES)
		it(`${state}: at least 90 % Cyrillic`, () => {
			expect(cyrillicShare(texts(view(state)))).toBeGreaterThanOrEqual(0.9);
		});

	it('year: the months named, the numbers in Ukrainian', () => {
		const v = view('year');
		expect(v.summary).toContain(n('від 287 (квітень 2024 року) до 2 464 (листопад 2024 року)'));
		expect(v.yTickLabels).toContain(n('2 000'));
		expect(v.bars.map((b) => b.initial).join('')).toBe('СЛБКТЧЛСВЖЛГ');
		expect(v.table.rows[0].month).toBe('Січень 2024 року');
	});

	it('rise: the ratio in words, its noun in the form the number takes', () => {
		const v = view('rise');
		expect(v.summary).toContain(n('з 362 (січень 2024 року) до 1 960 (жовтень 2024 року)'));
		expect(v.summary).toContain('у п’ять із лишком разів більше');
		expect(v.notes[0].text).toBe('Від січ. до жовт.: у п’ять із лишком разів більше');
	});

	it('october: each count agrees with its noun', () => {
		const v = view('october');
		for (const phrase of [
			'За жовтень 2024 року один звіт називає понад 2 000 дронів',
			'налічує 1 960 «Шахедів», або 2 010 дронів усіх типів',
			'А листопад 2024 року, уже після новини про дозвіл, дав у наборі даних іще більше: 2 464 «Шахеди».'
		])
			expect(v.summary).toContain(n(phrase));
		expect(v.bars.find((b) => b.label)?.label).toBe(
			n('2 464 за листопад, уже після новини про дозвіл')
		);
		expect(v.notes.map((x) => x.text)).toContain(n('Один звіт: понад 2 000'));
	});

	it('counts take the Ukrainian plural forms', () => {
		const forms = [1, 2, 5, 21, 41, 1960].map((c) =>
			uk.drones.plural('counted.drones', c, { count: uk.drones.n(c) })
		);
		expect(forms).toEqual([
			'1 дрон',
			'2 дрони',
			'5 дронів',
			'21 дрон',
			'41 дрон',
			n('1 960 дронів')
		]);
		expect(
			[2, 3, 5].map((k) => uk.drones.plural('times.whole', k, { k: uk.drones(`times.${k}`) }))
		).toEqual(['у два рази більше', 'у три рази більше', 'у п’ять разів більше']);
	});
});

describe('assault chart in Ukrainian', () => {
	const data = assault.select(dataset);
	for (const state of ASSAULT)
		for (const width of [320, 600, 1440])
			it(`${state} at ${width}px: at least 90 % Cyrillic, labels clear of the marks`, () => {
				const v = assaultView(data, state, uk.assault, { width });
				// A mark's weapon is its data id; the reader sees the label's title.
				expect(cyrillicShare(texts(v, ['marks']))).toBeGreaterThanOrEqual(0.9);
				// The room a label takes, by the type metrics the layout reserves room by.
				for (const l of v.labels.filter((x) => x.opacity > 0)) {
					const section = l.level === 'section';
					const M = l.compact ? COMPACT_METRICS : METRICS;
					const chars = section ? M.charTitle : M.charGroupTitle;
					const lines = Math.max(1, Math.ceil((l.title.length * chars) / l.width));
					const title = section ? M.sectionRule + lines * M.sectionTitle : lines * M.line;
					// A compact label writes its title and parts on one line.
					const bottom = l.inline
						? l.y + inlineLines(l.title, l.parts, l.width) * M.line
						: l.y + title + partLines(l.parts, l.width) * M.line;
					for (const m of v.marks)
						expect(
							bottom <= m.y || m.y + m.size <= l.y || l.x + l.width <= m.x || m.x + m.size <= l.x
						).toBe(true);
				}
			});

	it('all: the reports’ figures and the dataset’s, each with its noun', () => {
		const v = assaultView(data, 'all', uk.assault);
		expect(v.summary).toContain('Росія випустила близько 120 ракет і близько 90 дронів');
		expect(v.summary).toContain(
			'у якій було 120 ракет і 90 дронів; вона датована 17 листопада 2024 року'
		);
		expect(v.labels.map((l) => l.title)).toContain('Один звіт: близько 120 ракет');
		expect(v.table.caption).toBe('Зброя російської атаки 17 листопада 2024 року');
	});

	it('by-type: weapons named as Ukrainian media write them, counts agreeing', () => {
		const v = assaultView(data, 'by-type', uk.assault);
		expect(v.summary).toContain(
			'розбиває 120 ракет на 6 записів, і 3 з них об’єднують по два типи: Х-101/«Калібр» (101), Х-59/69 (5), Х-22/Х-31П (4), «Циркон» (1), «Кинджал» (8), «Іскандер-М» (1)'
		);
		expect(v.summary).toContain('Усі 90 дронів — типу «Шахед-136/131».');
		const parts = Object.fromEntries(v.labels.map((l) => [l.title, l.parts[0].text]));
		expect(parts).toMatchObject({
			'Х-101/«Калібр»': '101 крилата ракета',
			'Х-22/Х-31П': '4 крилаті ракети',
			'Х-59/69': '5 крилатих ракет',
			'«Кинджал»': '8 балістичних ракет',
			'«Іскандер-М»': '1 балістична ракета',
			'«Шахед-136/131»': '90 дронів',
			'Один звіт: близько 120 ракет': 'Набір даних: 120 у 6 записах',
			'Один звіт: близько 90 дронів': 'Набір даних: 90 в 1 записі'
		});
		expect(v.table.rows.map((r) => r.category)).toContain('крилата ракета');
	});

	it('shot-down: what became of each weapon', () => {
		const v = assaultView(data, 'shot-down', uk.assault);
		expect(v.summary).toContain('із 120 ракет збито 102');
		expect(v.summary).toContain('Із 90 дронів 42 збито, 41 локаційно втрачено');
		const drones = v.labels.find((l) => l.id === 'section-drone')!;
		expect(drones.parts.map((p) => p.text)).toEqual([
			'42 збито',
			'41 локаційно втрачено',
			'7 без даних про зупинення'
		]);
	});
});

describe('troops chart in Ukrainian', () => {
	const data = troops.select(dataset);
	for (const state of TROOPS)
		it(`${state}: at least 90 % Cyrillic`, () => {
			for (const width of [320, 600])
				expect(
					cyrillicShare(texts(troopsView(data, state, uk.troops, { width })))
				).toBeGreaterThanOrEqual(0.9);
		});

	it('estimates: the reports counted in words, Ukraine’s figure as its estimate', () => {
		const v = troopsView(data, 'estimates', uk.troops);
		expect(v.summary).toMatch(/^Три недатовані звіти, по одній цифрі в кожному/);
		expect(v.summary).toContain(n('майже 10 000, понад 10 000 або 11 000 за оцінкою України'));
		const ukraine = v.marks.find((m) => m.id === 'nk-troops-11000-ukraine')!;
		expect(ukraine.byline).toBe(
			'Оцінка: Україна · Недатований новинний звіт про рішення щодо ATACMS'
		);
		expect(v.marks[0].valueText).toBe(n('Майже 10 000'));
		expect(v.marks[0].counts).toBe('північнокорейських солдатів, які прибули воювати за Росію');
	});

	it('up-to and force: the unconfirmed ceiling and the force it belongs to', () => {
		expect(troopsView(data, 'up-to', uk.troops).summary).toContain(
			n('можуть прибути ще до 100 000 військових')
		);
		const v = troopsView(data, 'force', uk.troops);
		expect(v.summary).toContain(n('налічує близько 50 000 військових'));
		expect(v.summary).toContain('(оцінка: американські джерела)');
		expect(v.table.rows.map((r) => r.by).join(', ')).toBe(
			'не названо, не названо, Україна, не названо, американські джерела'
		);
		expect(v.marks.find((m) => m.tags.length)?.tags).toEqual(['Не підтверджено']);
	});
});

describe('distances chart in Ukrainian', () => {
	const data = distances.select(dataset);
	for (const state of DISTANCES)
		it(`${state}: at least 90 % Cyrillic`, () => {
			expect(cyrillicShare(texts(distancesView(data, state, uk.distances)))).toBeGreaterThanOrEqual(
				0.9
			);
		});

	it('cities: the places in Ukrainian, measured from Sumy', () => {
		const v = distancesView(data, 'cities', uk.distances);
		expect(v.cities.map((c) => c.name).join(', ')).toBe(
			'Суджа, Бєлгород, Курськ, Орел, Брянськ, Воронеж, Москва'
		);
		expect(v.axis).toBe('Відстань від Сум по земній поверхні, км');
		expect(v.summary).toContain('від Сум по земній поверхні: Суджа (45 км)');
		expect(v.summary).toContain('Воронеж (315 км) і Москва (570 км).');
	});

	it('within: the verb agrees with the cities it names', () => {
		const v = distancesView(data, 'within', uk.distances);
		expect(v.summary).toContain(
			'найменшої дальності ATACMS, яку наводять звіти (299–306 км), лежать Суджа (45 км)'
		);
		expect(v.summary).toContain('Воронеж (315 км) і Москва (570 км) лежать за її межами.');
		expect(uk.distances.plural('summary.beyond', 1, { cities: 'Москва' })).toBe(
			'Москва лежить за її межами.'
		);
		expect(v.table.rows.at(-1)?.reach).toBe('жодної з цих');
	});
});
