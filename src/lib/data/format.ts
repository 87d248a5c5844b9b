import { format } from 'd3-format';
import type { Figure, Qualifier } from './schema';

const number = format(',');
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Words that carry a source's hedging into our copy. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
	exact: '',
	about: 'about',
	'at least': 'at least',
	over: 'more than',
	'up to': 'up to',
	almost: 'almost'
};

/** Glyphs for tight chart labels; always paired with words for screen readers. */
export const QUALIFIER_GLYPHS: Record<Qualifier, string> = {
	exact: '=',
	about: '≈',
	'at least': '≥',
	over: '>',
	'up to': '≤',
	almost: '≲'
};

/** "17 November 2024", or "May 2024" for a month. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/** "Nov 2024", "Nov" (short, for axes). */
export function formatMonthShort(iso: string, withYear = false): string {
	const [y, m] = iso.split('-').map(Number);
	const name = MONTHS[m - 1].slice(0, 3);
	return withYear ? `${name} ${y}` : name;
}

export function formatAmount(value: number, unit: Exclude<Figure['unit'], 'date'>): string {
	switch (unit) {
		case 'count':
			return number(value);
		case 'km':
			return `${number(value)} km`;
		case 'mi':
			return `${number(value)} miles`;
		case 'usd-bn':
			return `$${number(value)} billion`;
		case 'eur-bn':
			return `€${number(value)} billion`;
	}
}

/** A figure as a reader should see it in prose: "more than 2,000", "up to 300 km". */
export function formatFigure(fig: Figure): string {
	const body = fig.unit === 'date' ? formatDate(fig.value) : formatAmount(fig.value, fig.unit);
	const words = QUALIFIER_WORDS[fig.qualifier];
	return words ? `${words} ${body}` : body;
}
