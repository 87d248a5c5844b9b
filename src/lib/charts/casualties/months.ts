// The UN's months as stacked columns, killed under injured (a month with a total only is one
// piece), and the facts of the series that the words around the chart also tell.
import { scaleLinear } from 'd3-scale';
import { max, maxIndex, minIndex } from 'd3-array';
import { capitalise, type Say } from '$lib/content/words';
import type { CasualtiesData, CasualtyMonthData } from './data.server';
import type { CasualtiesState, MonthSegment, MonthlyMarks } from './view';

/** What the columns, the key, the note, the summary and the table all know of the months. */
export interface MonthFacts {
	/** Top of the y axis, the same in every state so columns grow in place. */
	yMax: number;
	yTicks: number[];
	/** The months of the attacks the reports name. */
	attackMonths: Set<string>;
	/** The attacks' month, when the UN split it into killed and injured. */
	focus: CasualtyMonthData | undefined;
	/** Months published as a total only. */
	totalOnly: CasualtyMonthData[];
	first: CasualtyMonthData;
	last: CasualtyMonthData;
	lo: CasualtyMonthData;
	hi: CasualtyMonthData;
}

export const isTotalOnly = (m: CasualtyMonthData) => m.killed === null || m.injured === null;

export function monthFacts({ attacks, months }: CasualtiesData): MonthFacts {
	const y = scaleLinear()
		.domain([0, max(months, (m) => m.total) ?? 0])
		.nice(4);
	const { assaultKilled, sumyKilled, odesaKilled, odesaInjured } = attacks;
	const attackMonths = new Set(
		[assaultKilled, sumyKilled, odesaKilled, odesaInjured].map((f) => f.period.slice(0, 7))
	);
	return {
		yMax: y.domain()[1],
		yTicks: y.ticks(4),
		attackMonths,
		focus: months.find((m) => attackMonths.has(m.month) && m.killed !== null),
		totalOnly: months.filter(isTotalOnly),
		first: months[0],
		last: months[months.length - 1],
		lo: months[minIndex(months, (m) => m.total)],
		hi: months[maxIndex(months, (m) => m.total)]
	};
}

/** Each month's pieces; outside `monthly` they lie collapsed at the baseline. */
export function monthSegments(
	months: CasualtyMonthData[],
	facts: MonthFacts,
	state: CasualtiesState
): MonthSegment[] {
	const show = state === 'monthly';
	const at = (v: number) => (show ? v : 0);
	return months.flatMap((m) => {
		const focus = show && facts.attackMonths.has(m.month);
		const piece = (part: MonthSegment['part'], y0: number, y1: number): MonthSegment => ({
			id: `${m.month}-${part}`,
			month: m.month,
			part,
			y0: at(y0),
			y1: at(y1),
			focus
		});
		if (m.killed === null || m.injured === null) return [piece('total', 0, m.total)];
		return [piece('killed', 0, m.killed), piece('injured', m.killed, m.total)];
	});
}

/** "165 killed, 887 injured": each count with its words in the form its number takes. */
export const splitText = (m: CasualtyMonthData, say: Say) =>
	say('month.split', {
		killed: say.plural('counted.killed', m.killed ?? 0),
		injured: say.plural('counted.injured', m.injured ?? 0)
	});

/** The month after a YYYY-MM month: the one the series has no figure for. */
export function nextMonth(iso: string): string {
	const [yy, mm] = iso.split('-').map(Number);
	return mm === 12 ? `${yy + 1}-01` : `${yy}-${String(mm + 1).padStart(2, '0')}`;
}

/** The columns' axes, the attacks' month labelled over its column, the total-only months. */
export function monthlyMarks(
	months: CasualtyMonthData[],
	facts: MonthFacts,
	say: Say
): MonthlyMarks {
	const { focus } = facts;
	return {
		xTicks: months.map((m) => ({
			value: m.month,
			label: say.monthShort(m.month),
			short: capitalise(say.monthShort(m.month).slice(0, 1), say)
		})),
		yTicks: facts.yTicks,
		yTickLabels: facts.yTicks.map((t) => say.n(t)),
		focus: focus
			? {
					month: focus.month,
					value: focus.total,
					text: say('month.focus', { month: say.date(focus.month), split: splitText(focus, say) }),
					short: say('month.focus-short', {
						month: capitalise(say.monthShort(focus.month), say),
						split: splitText(focus, say)
					})
				}
			: null,
		totalOnly: facts.totalOnly.map((m) => ({
			month: m.month,
			value: m.total,
			text: say('month.total-only')
		}))
	};
}
