import type { Dataset } from '$lib/data/dataset';
import { requireAmount } from '$lib/data/lookup';

/** A numeric figure from figures.csv, with its unit, qualifier, period and source. */
export type Amount = ReturnType<typeof requireAmount>;

/** One donor's allocations in one Kiel release, in its own currency (never converted). */
export interface AidDonorData {
	donor: string;
	military: number;
	financial: number;
	humanitarian: number;
	total: number;
	currency: 'EUR' | 'USD';
	release: string;
	period: string;
	source: string;
}

/** What the aid chart needs from data/: the report's dollar figure, and Release 29's donors. */
export interface AidData {
	/** US weapons and equipment in dollars, Kiel as cited by a report (release not named). */
	usUsd: Amount;
	/** Donors by total, largest first. */
	donors: AidDonorData[];
}

export function select(dataset: Pick<Dataset, 'aid' | 'figures'>): AidData {
	const usUsd = requireAmount(dataset, 'us-aid-usd');
	const usEur = requireAmount(dataset, 'us-military-eur-r29');
	if (usUsd.unit !== 'usd-bn' || usEur.unit !== 'eur-bn')
		throw new Error('The aid chart needs us-aid-usd in usd-bn and us-military-eur-r29 in eur-bn.');
	const donors = [...dataset.aid].sort((a, b) => b.total - a.total);
	// One axis holds one currency and one release: a mixed table cannot share the donor bars.
	const kinds = new Set(donors.map((d) => `${d.currency} ${d.release} ${d.period}`));
	if (kinds.size > 1)
		throw new Error(
			`aid-by-donor.csv mixes currencies, releases or periods: ${[...kinds].join('; ')}`
		);
	// The figure list's Release 29 figure is the US row's military piece the bars draw.
	const us = donors.find((d) => d.donor === 'United States');
	if (us?.military !== usEur.value)
		throw new Error('us-military-eur-r29 must equal the US military column of aid-by-donor.csv.');
	return { usUsd, donors: donors.map((d) => ({ ...d })) };
}
