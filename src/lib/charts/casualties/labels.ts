// The words beside the dots: each attack's title, its counts, and the open end of a minimum,
// placed in the same mixed units (%, lines of text, dot steps) as the blocks they name.
import { capitalise, type Say } from '$lib/content/words';
import type { Amount, CasualtiesData } from './data.server';
import type { CasualtiesState, PeopleLabel } from './view';
import {
	BLOCK_LINES,
	COLUMN_WIDTH,
	COLUMN_X,
	COUNT_LINES,
	INJURED_COUNT_LINES,
	PER_ROW,
	SOLO,
	TITLE_LINES,
	killedRows
} from './people';
import { isMinimum, shortPeriod } from './wording';

type Attacks = CasualtiesData['attacks'];
type Placed = Omit<PeopleLabel, 'short' | 'dx' | 'width'> & Partial<PeopleLabel>;

/** A label as wide as a column, its short form its text, unless it says otherwise. */
const label = (l: Placed): PeopleLabel => ({ short: l.text, dx: 0, width: COLUMN_WIDTH, ...l });

/** "At least 10 killed". */
const killed = (f: Amount, say: Say) =>
	capitalise(say('label.killed', { figure: say.figure(f) }), say);

/**
 * A count's words on a narrow plot: its hedge and number on one line ("щонайменше 10" must
 * not leave its number alone on a third line, over the dots).
 */
const tight = (f: Amount, say: Say, key: 'label.killed' | 'label.injured') =>
	capitalise(say(key, { figure: say.figure(f).replace(/ (?=\S+$)/, '\u00a0') }), say);

/** The "+" after the assault's last dot when its toll is a minimum, placed by the caller. */
const assaultOpen = (
	f: Amount,
	say: Say,
	at: Omit<Placed, 'id' | 'role' | 'text'>
): PeopleLabel[] =>
	isMinimum(f)
		? [label({ id: 'assault-open', role: 'open', text: say('label.open'), width: 10, ...at })]
		: [];

/** The assault alone: its title, its toll in large type, one row of large dots. */
function soloLabels({ assaultKilled: f }: Attacks, say: Say): PeopleLabel[] {
	const at = { x: COLUMN_X.assault, steps: 0, width: 100 };
	const minimum = isMinimum(f)
		? [
				label({
					id: 'assault-note',
					role: 'note',
					text: say('label.minimum', { qualifier: capitalise(say.qualifier(f.qualifier), say) }),
					...at,
					lines: SOLO.blockLines + 0.6,
					// Under the one row of dots.
					steps: SOLO.scale
				})
			]
		: [];
	return [
		label({
			id: 'assault-title',
			role: 'title',
			text: say('label.solo', { date: say.date(f.period) }),
			short: say('label.solo-short', { date: shortPeriod(f.period, say) }),
			...at,
			lines: SOLO.titleLines
		}),
		label({
			id: 'assault-count',
			role: 'lead',
			text: killed(f, say),
			...at,
			lines: SOLO.countLines
		}),
		...assaultOpen(f, say, {
			x: COLUMN_X.assault,
			lines: SOLO.blockLines,
			steps: SOLO.scale / 2,
			dx: f.value * SOLO.scale
		}),
		...minimum
	];
}

/** An attack's column head: its title over its count of the killed. */
function head(id: string, x: number, f: Amount, short: string, say: Say): PeopleLabel[] {
	const title = say(`label.${id}`, { date: shortPeriod(f.period, say) });
	return [
		label({
			id: `${id}-title`,
			role: 'title',
			text: title,
			short,
			x,
			lines: TITLE_LINES,
			steps: 0
		}),
		label({
			id: `${id}-count`,
			role: 'count',
			text: killed(f, say),
			short: tight(f, say, 'label.killed'),
			x,
			lines: COUNT_LINES,
			steps: 0
		})
	];
}

/** The three attacks side by side, each with its title and counts. */
function sideBySideLabels(a: Attacks, say: Say): PeopleLabel[] {
	const { assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured } = a;
	const under = { lines: INJURED_COUNT_LINES, steps: killedRows(a) };
	const children = say.figure(sumyChildrenKilled);
	const assaultShort = say('label.assault-short', { date: shortPeriod(assaultKilled.period, say) });
	const last = assaultKilled.value - 1;
	return [
		...head('assault', COLUMN_X.assault, assaultKilled, assaultShort, say),
		...assaultOpen(assaultKilled, say, {
			x: COLUMN_X.assault,
			lines: BLOCK_LINES,
			// Beside the last dot: half-way down its row, one step past its column.
			steps: Math.floor(last / PER_ROW) + 0.5,
			dx: (last % PER_ROW) + 1
		}),
		...head('sumy', COLUMN_X.sumy, sumyKilled, say('label.sumy-short'), say),
		label({
			id: 'sumy-children',
			role: 'count',
			text: say('label.children', { figure: children }),
			short: say('label.children-short', { figure: children }),
			x: COLUMN_X.sumy,
			...under
		}),
		...head('odesa', COLUMN_X.odesa, odesaKilled, say('label.odesa-short'), say),
		label({
			id: 'odesa-injured-count',
			role: 'count',
			text: capitalise(say('label.injured', { figure: say.figure(odesaInjured) }), say),
			short: tight(odesaInjured, say, 'label.injured'),
			x: COLUMN_X.odesa,
			...under
		})
	];
}

export function peopleLabels(a: Attacks, state: CasualtiesState, say: Say): PeopleLabel[] {
	if (state === 'assault') return soloLabels(a, say);
	if (state === 'attacks') return sideBySideLabels(a, say);
	return [];
}
