import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure } from '../../src/lib/data/format';
import type { Figure } from '../../src/lib/data/schema';

const fig = (over: Partial<Figure>): Figure =>
	({
		id: 'x',
		value: 1,
		unit: 'count',
		qualifier: 'exact',
		counts: 'c',
		period: '2024',
		source: 's',
		note: '',
		...over
	}) as Figure;

describe('figures carry their qualifier and unit into prose', () => {
	it.each([
		[{ value: 2000, qualifier: 'over' }, 'more than 2,000'],
		[{ value: 120, qualifier: 'about' }, 'about 120'],
		[{ value: 10, qualifier: 'at least' }, 'at least 10'],
		[{ value: 100000, qualifier: 'up to' }, 'up to 100,000'],
		[{ value: 50, qualifier: 'almost' }, 'almost 50'],
		[{ value: 11000, qualifier: 'exact' }, '11,000'],
		[{ value: 300, unit: 'km', qualifier: 'up to' }, 'up to 300 km'],
		[{ value: 190, unit: 'mi', qualifier: 'about' }, 'about 190 miles'],
		[{ value: 55.5, unit: 'usd-bn' }, '$55.5 billion'],
		[{ value: 52.27, unit: 'eur-bn' }, '€52.27 billion'],
		[{ value: '2024-11-17', unit: 'date' }, '17 November 2024'],
		[{ value: '2024-05', unit: 'date' }, 'May 2024']
	] as [Partial<Figure>, string][])('%o → %s', (over, expected) => {
		expect(formatFigure(fig(over))).toBe(expected);
	});

	it('dates', () => {
		expect(formatDate('2025-01-20')).toBe('20 January 2025');
	});
});
