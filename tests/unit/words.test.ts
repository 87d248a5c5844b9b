// The words layer: files read with their errors named, placeholders filled, and figures,
// numbers and dates formatted through Intl exactly as the English edition prints them.
import { describe, expect, it } from 'vitest';
import { parseWords, chartWords } from '../../src/lib/content/words.server';
import { sayer, shape } from '../../src/lib/content/words';
import { formats } from '../../src/lib/content/format';
import { formatDate, formatFigure, formatMonthShort } from '../../src/lib/data/format';
import { readDataDir } from '../../src/lib/data/read';
import { CHART_IDS } from '../../src/lib/charts/catalogue';
import { DATA_DIR } from './helpers';

const en = sayer(chartWords('drones'));

describe('words files', () => {
	it('flattens groups to dotted keys', () => {
		expect(parseWords('{frame}\nsource: Source\n{}\ntitle: A title\n', 'x.aml')).toEqual({
			'frame.source': 'Source',
			title: 'A title'
		});
	});
	it('names the file, line and key of an empty text or a bad key', () => {
		expect(() => parseWords('a: one\nempty: \n', 'src/content/en/x.aml')).toThrow(
			'src/content/en/x.aml:2: field "empty": missing or empty'
		);
		expect(() => parseWords('\nBad_Key: text\n', 'f.aml')).toThrow(
			'f.aml:2: field "Bad_Key": a key is lower-case letters, digits, - and .'
		);
	});
	it('every chart has its interface words', () => {
		for (const chart of CHART_IDS) expect(chartWords(chart).text['frame.show-data']).toBeTruthy();
	});
});

describe('say', () => {
	const say = sayer({ locale: 'en', text: { hi: 'From {lo} in {month}', bare: 'plain' } });
	it('fills placeholders, numbers in the locale', () => {
		expect(say('hi', { lo: 1960, month: 'May 2024' })).toBe('From 1,960 in May 2024');
		expect(say('bare')).toBe('plain');
	});
	it('names a missing key or value', () => {
		expect(() => say('nothing')).toThrow('No words for "nothing" (en)');
		expect(() => say('hi', { lo: 1 })).toThrow('Words "hi" need a value for {month}.');
	});
	it('compares editions by keys and placeholders, not by wording', () => {
		expect(shape({ a: 'x {n} y', b: 'z' })).toEqual(shape({ b: 'w', a: '{n} v' }));
		expect(shape({ a: 'x {n}' })).not.toEqual(shape({ a: 'x {m}' }));
	});
});

describe('English formats, as printed before words moved to content', () => {
	const dataset = readDataDir(DATA_DIR);
	it('every figure in data/ reads the same', () => {
		for (const fig of dataset.figures) expect(en.figure(fig), fig.id).toBe(formatFigure(fig));
	});
	it('dates, months and short months', () => {
		for (const iso of ['2024-11-17', '2024-09', '2022-02-24', '2024-05-01'])
			expect(en.date(iso)).toBe(formatDate(iso));
		for (let m = 1; m <= 12; m++) {
			const iso = `2024-${String(m).padStart(2, '0')}`;
			expect(en.monthShort(iso)).toBe(formatMonthShort(iso));
			expect(en.monthShort(iso, true)).toBe(formatMonthShort(iso, true));
		}
	});
});

describe('edition shapes', () => {
	it('plural forms count as one key, whatever forms a language needs', () => {
		expect(shape({ 'n.one': '{count} missile', 'n.other': '{count} missiles of {kind}' })).toEqual(
			shape({ 'n.one': 'x', 'n.few': '{count} y', 'n.many': 'z {kind}', 'n.other': 'w' })
		);
	});
});
