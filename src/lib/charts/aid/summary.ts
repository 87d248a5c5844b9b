// The aid chart's words for screen readers: every figure with its currency and release, and
// in `us` the one dollar figure alone.
import { donorName, moneyWords, shortName, type AidTerms } from './terms';
import type { AidData, AidDonorData } from './data.server';
import type { AidState } from './view';

export function aidSummary(data: AidData, state: AidState, t: AidTerms): string {
	const { say } = t;
	const { usUsd, donors } = data;
	const total = (d: AidDonorData) => moneyWords(say, d.total, d.currency);
	const withNote = (summary: string) =>
		t.eu ? say('summary.with-note', { summary, note: t.euNote }) : summary;
	const parts = (d: AidDonorData, donor: string) =>
		say('summary.donor-parts', {
			donor,
			military: moneyWords(say, d.military, d.currency),
			financial: moneyWords(say, d.financial, d.currency),
			humanitarian: moneyWords(say, d.humanitarian, d.currency)
		});
	const [first, second, third] = donors;
	const last = donors[donors.length - 1];
	const where = { release: t.release, currency: t.currencyName, period: t.period };
	if (state === 'us')
		return say('summary.us', {
			usd: moneyWords(say, usUsd.value, 'USD'),
			usdPeriod: t.usdPeriod,
			release: t.release
		});
	if (state === 'donors')
		return withNote(
			say('summary.donors', {
				...where,
				count: donors.length,
				first: donorName(say, first.donor),
				firstTotal: total(first),
				second: shortName(say, second.donor),
				secondTotal: total(second),
				last: donorName(say, last.donor),
				lastTotal: total(last)
			})
		);
	return withNote(
		say('summary.by-type', {
			...where,
			first: parts(first, donorName(say, first.donor)),
			second: parts(second, shortName(say, second.donor)),
			third: parts(third, donorName(say, third.donor))
		})
	);
}
