// The chart's words around its marks: the key, the line under the chart, and the summary for
// screen readers, each built from the figures of one state with their qualifiers.
import type { Say } from '$lib/content/words';
import type { CasualtiesData } from './data.server';
import type { CasualtiesState, CasualtiesView } from './view';
import { nextMonth, splitText, type MonthFacts } from './months';

/** The total-only months by name: "February". */
const totalOnlyNames = (facts: MonthFacts, say: Say) =>
	say.list(
		facts.totalOnly.map((m) => say.monthName(m.month)),
		'unit'
	);

export function keyItems(
	facts: MonthFacts,
	state: CasualtiesState,
	say: Say
): CasualtiesView['key'] {
	const item = (kind: CasualtiesView['key'][number]['kind']) => ({
		kind,
		text: say(`key.${kind}`)
	});
	if (state === 'assault') return [item('person-killed')];
	if (state === 'attacks')
		return [item('person-killed'), item('person-child'), item('person-injured')];
	return [
		item('killed'),
		item('injured'),
		...(facts.totalOnly.length
			? [{ kind: 'total' as const, text: say('key.total', { months: totalOnlyNames(facts, say) }) }]
			: [])
	];
}

export function noteLine(facts: MonthFacts, state: CasualtiesState, say: Say): string {
	if (state !== 'monthly')
		return say(`note.${state}`, { reports: say('note.reports'), inference: say('note.inference') });
	const { totalOnly, last } = facts;
	return [
		say('note.monthly'),
		...(totalOnly.length ? [say('note.total-only', { months: totalOnlyNames(facts, say) })] : []),
		say('note.end', { last: say.date(last.month), next: say.date(nextMonth(last.month)) })
	].join(' ');
}

/**
 * The line under a compact plot: the dates still said to be inferred, the UN's counts still
 * minimums; the figures' hedges are in the labels, the total-only months in the key.
 */
export function noteShort(facts: MonthFacts, state: CasualtiesState, say: Say): string {
	if (state !== 'monthly') return say(`note.${state}-short`);
	return [
		say('note.monthly-short'),
		say('note.end-short', { last: say.date(facts.last.month) })
	].join(' ');
}

/** The UN's months in words: their range, the attacks' month, the total-only months. */
function monthlySummary(facts: MonthFacts, say: Say): string {
	const { focus, totalOnly, first, last, lo, hi } = facts;
	return [
		say('summary.monthly', {
			lo: lo.total,
			loMonth: say.date(lo.month),
			hi: hi.total,
			hiMonth: say.date(hi.month),
			first: say.date(first.month),
			last: say.date(last.month)
		}),
		...(focus
			? [
					say('summary.monthly-focus', {
						month: say.date(focus.month),
						split: splitText(focus, say)
					})
				]
			: []),
		...(totalOnly.length
			? [
					say('summary.monthly-total-only', {
						months: say.list(totalOnly.map((m) => say.date(m.month))),
						totals: say.list(
							totalOnly.map((m) => say.n(m.total)),
							'unit'
						)
					})
				]
			: []),
		say('summary.monthly-end', { last: say.date(last.month) })
	].join(' ');
}

export function summaryOf(
	{ attacks }: CasualtiesData,
	facts: MonthFacts,
	state: CasualtiesState,
	say: Say
): string {
	const { assaultKilled, sumyKilled, sumyChildrenKilled, odesaKilled, odesaInjured } = attacks;
	if (state === 'assault')
		return say('summary.assault', {
			killed: say.figure(assaultKilled),
			date: say.date(assaultKilled.period)
		});
	if (state === 'attacks')
		return say('summary.attacks', {
			assault: say.figure(assaultKilled),
			date: say.date(assaultKilled.period),
			sumy: say.figure(sumyKilled),
			children: say.figure(sumyChildrenKilled),
			odesa: say.figure(odesaKilled),
			injured: say.figure(odesaInjured),
			month: say.date(sumyKilled.period)
		});
	return monthlySummary(facts, say);
}
