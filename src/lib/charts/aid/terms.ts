// How the aid chart names things: money in its own currency, periods, releases and the EU's
// row. Worked out once per view, so the marks, labels, summary and table all say the same.
import { slug, type Say } from '$lib/content/words';
import type { AidData, AidDonorData } from './data.server';

export type Currency = 'USD' | 'EUR';

/** "€52.27bn": money on an axis or at a bar's end. */
export function money(say: Say, value: number, currency: Currency): string {
	return say(`money.${currency.toLowerCase()}`, { value });
}

/** "€52.27 billion": money in prose. */
export function moneyWords(say: Say, value: number, currency: Currency): string {
	return say(`unit.${currency.toLowerCase()}-bn`, { value });
}

/** "Jan 2022–Jun 2024" or "24 Feb 2022–30 Jun 2024" from a period of data/. */
export function period(say: Say, p: string): string {
	const one = (iso: string) => {
		const day = iso.split('-')[2];
		const month = say.monthShort(iso, true);
		return day ? say('period.day', { day: Number(day), month }) : month;
	};
	const [from, to] = p.split('/').map(one);
	return to === undefined ? from : say('period.range', { from, to });
}

const isEU = (donor: string) => /^EU\b/.test(donor);

/** A donor as the edition names it (data/ spells it in English). */
export const donorName = (say: Say, donor: string) => say.named('donor', donor);

/** A shorter name where a donor's own is long (narrow charts): the words' `donor-short`. */
export function shortName(say: Say, donor: string): string {
	if (isEU(donor)) return say('eu.short');
	const short = `donor-short.${slug(donor)}`;
	return say.has(short) ? say(short) : donorName(say, donor);
}

/** Kiel books EU military support under member states: the EU row's zero is not "none". */
export function bookedElsewhere(d: AidDonorData): boolean {
	return d.military === 0 && isEU(d.donor);
}

/** What every part of the view calls the chart's figures. */
export interface AidTerms {
	say: Say;
	/** The donors' one currency. */
	currency: Currency;
	/** Its name in the edition's words ("EUR", "євро"). */
	currencyName: string;
	/** "Kiel Release 29": the donors' release. */
	release: string;
	/** The donors' period. */
	period: string;
	/** The dollar figure's period: "war's start to Jun 2024" where the report gives no start. */
	usdPeriod: string;
	/** The donor Kiel books no military aid for, if any, and the note that says why. */
	eu: AidDonorData | undefined;
	euNote: string;
}

export function aidTerms(data: AidData, say: Say): AidTerms {
	const { usUsd, donors } = data;
	const eu = donors.find(bookedElsewhere);
	// The report gives only "the war's start" and an end month: no invented first or last day.
	const usdPeriod = usUsd.period.includes('/')
		? period(say, usUsd.period)
		: say('period.since-start', { to: period(say, usUsd.period) });
	return {
		say,
		currency: donors[0].currency,
		currencyName: say.named('currency', donors[0].currency),
		release: say('release', { release: donors[0].release }),
		period: period(say, donors[0].period),
		usdPeriod,
		eu,
		euNote: eu ? say('eu.booked', { donor: shortName(say, eu.donor) }) : ''
	};
}
