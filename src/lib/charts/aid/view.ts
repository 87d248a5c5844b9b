import type { Say } from '$lib/content/words';
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { formatMonthShort } from '$lib/data/format';
import type { ChartViewBase } from '../types';
import type { AidData, AidDonorData } from './data.server';
import type { STATES } from './index';

export type AidState = (typeof STATES)[number];

export type Currency = 'USD' | 'EUR';
export type AidPart = 'military' | 'financial' | 'humanitarian';

/**
 * A value axis. Each holds exactly one currency from one release: dollars and euros never
 * share one, and are never converted.
 */
export interface AidAxis {
	id: 'usd' | 'eur';
	currency: Currency;
	/** Top of the domain (the bottom is 0). */
	max: number;
	/** The band it spans, in % of the plot's height. */
	top: number;
	bottom: number;
	ticks: { value: number; x: number; label: string; minor: boolean }[];
	/** "EUR bn · Kiel Release 29 · Jan 2022–Jun 2024" */
	title: string;
}

/** One bar piece. Positions in % of the plot; the same marks, in the same order, in every state. */
export interface AidMark {
	id: string;
	/** The axis (and so the currency) the mark is measured on. */
	axis: AidAxis['id'];
	currency: Currency;
	donor: string | null;
	/** What the piece counts; `total` when a donor's bar is drawn whole. */
	kind: 'usd' | 'total' | AidPart;
	value: number;
	x0: number;
	x1: number;
	y: number;
	h: number;
	opacity: number;
}

export interface AidLabel {
	id: string;
	role: 'name' | 'value' | 'panel';
	text: string;
	/** For narrow charts. */
	short: string;
	/** A second line in smaller type (panels). */
	sub: string;
	/** Left edge (names, values, panels), in % of the plot. */
	x: number;
	/** Top for names and panels (panels grow upwards from it), centre for values. */
	y: number;
	/** The axis the text's figure is measured on, if it states one. */
	axis: AidAxis['id'] | null;
}

export interface AidView extends ChartViewBase {
	marks: AidMark[];
	axes: AidAxis[];
	labels: AidLabel[];
	/** One line above the plot: what the bars measure. */
	heading: string;
	/** The types, in words, with the pattern each is drawn with (by-type only). */
	key: { kind: AidPart; text: string }[];
	/** Under the plot. */
	note: string;
}

const num = format(',');
const MONEY = { USD: '$', EUR: '€' } as const;
const PART_WORDS: Record<AidPart, string> = {
	military: 'Military',
	financial: 'Financial',
	humanitarian: 'Humanitarian'
};
const PARTS: AidPart[] = ['military', 'financial', 'humanitarian'];

/** "€52.27bn" */
export function money(value: number, currency: Currency): string {
	return `${MONEY[currency]}${num(value)}bn`;
}
/** "€52.27 billion" */
function moneyWords(value: number, currency: Currency): string {
	return `${MONEY[currency]}${num(value)} billion`;
}

/** "Jan 2022–Jun 2024" or "24 Feb 2022–30 Jun 2024" from a period of data/. */
export function formatPeriod(period: string): string {
	const one = (iso: string) => {
		const [, , d] = iso.split('-');
		return d ? `${Number(d)} ${formatMonthShort(iso, true)}` : formatMonthShort(iso, true);
	};
	return period.split('/').map(one).join('–');
}

/** A shorter name where a donor's own is long (narrow charts). */
function shortName(donor: string): string {
	return /^EU\b/.test(donor) ? 'EU institutions' : donor;
}
/** Kiel books EU military support under member states: the EU row's zero is not "none". */
function bookedElsewhere(d: AidDonorData): boolean {
	return d.military === 0 && /^EU\b/.test(d.donor);
}

/** Where the bars sit, in % of the plot's height. */
const ROW_NAME = 0;
const ROW_BAR = 0.42;
const ROW_BAR_H = 0.48;
/** The `us` state's two panels: each bar and its own axis band. */
const PANEL = {
	usd: { bar: 28, h: 9 },
	eur: { bar: 77, h: 9 }
} as const;

function axis(
	id: AidAxis['id'],
	currency: Currency,
	maxValue: number,
	top: number,
	bottom: number,
	title: string
): AidAxis {
	const x = scaleLinear().domain([0, maxValue]).nice(4);
	const max = x.domain()[1];
	const ticks = x.ticks(4);
	return {
		id,
		currency,
		max,
		top,
		bottom,
		// On narrow charts every other tick gives way, when what remains stays evenly spaced.
		ticks: ticks.map((value, i) => ({
			value,
			x: (value / max) * 100,
			label: value === 0 ? `${MONEY[currency]}0` : money(value, currency),
			minor: (ticks.length - 1) % 2 === 0 && i % 2 === 1
		})),
		title
	};
}

export function aidView(data: AidData, state: AidState, say: Say): AidView {
	const { usUsd, usEur, donors } = data;
	const currency = donors[0].currency;
	const release = `Kiel Release ${donors[0].release}`;
	const period = formatPeriod(donors[0].period);
	const eurTitle = `${currency} bn · ${release} · ${period}`;
	// The report gives only "the war's start" and an end month: no invented first or last day.
	const usdPeriod = usUsd.period.includes('/')
		? formatPeriod(usUsd.period)
		: `war's start to ${formatPeriod(usUsd.period)}`;
	const usdTitle = `USD bn · Kiel Institute as cited by one undated news report, release not named · ${usdPeriod}`;
	const usEurTitle = `EUR bn · ${release} · ${formatPeriod(usEur.period)}`;
	const us = state === 'us';
	const typed = state === 'by-type';

	const usdAxis = axis(
		'usd',
		'USD',
		usUsd.value,
		PANEL.usd.bar - 2,
		PANEL.usd.bar + PANEL.usd.h + 2,
		usdTitle
	);
	const usEurAxis = axis(
		'eur',
		'EUR',
		usEur.value,
		PANEL.eur.bar - 2,
		PANEL.eur.bar + PANEL.eur.h + 2,
		usEurTitle
	);
	const donorAxis = axis(
		'eur',
		currency,
		Math.max(...donors.map((d) => d.total)),
		0,
		100,
		eurTitle
	);
	const eurAxis = us ? usEurAxis : donorAxis;
	const axes = us ? [usdAxis, usEurAxis] : [donorAxis];
	const pct = (v: number, a: AidAxis) => (v / a.max) * 100;

	const row = 100 / donors.length;
	const usRow = donors.findIndex((d) => d.donor === 'United States');

	// The dollar figure: its own mark on its own axis, seen only in `us`.
	const usdMark: AidMark = {
		id: 'us-usd',
		axis: 'usd',
		currency: 'USD',
		donor: 'United States',
		kind: 'usd',
		value: usUsd.value,
		x0: 0,
		x1: us ? pct(usUsd.value, usdAxis) : 0,
		y: PANEL.usd.bar,
		h: PANEL.usd.h,
		opacity: us ? 1 : 0
	};
	// Each donor's three pieces: drawn whole in `donors`, split in `by-type`; in `us` only the
	// US military piece shows, on the euro panel, at the Release 29 figure.
	const donorMarks: AidMark[] = donors.flatMap((d, i) => {
		let at = 0;
		return PARTS.map((part) => {
			const x0 = at;
			at += d[part];
			const onPanel = us && i === usRow && part === 'military';
			const base = {
				id: `${d.donor} ${part}`,
				axis: 'eur' as const,
				currency: d.currency,
				donor: d.donor,
				value: d[part]
			};
			if (us)
				return {
					...base,
					kind: part,
					x0: 0,
					x1: onPanel ? pct(usEur.value, eurAxis) : 0,
					y: onPanel ? PANEL.eur.bar : i * row + row * ROW_BAR,
					h: onPanel ? PANEL.eur.h : row * ROW_BAR_H,
					opacity: onPanel ? 1 : 0
				};
			if (!typed)
				return {
					...base,
					kind: 'total' as const,
					// The whole bar is the donor's total; the later pieces wait at its end.
					x0: part === 'military' ? 0 : pct(d.total, eurAxis),
					x1: pct(d.total, eurAxis),
					y: i * row + row * ROW_BAR,
					h: row * ROW_BAR_H,
					opacity: 1
				};
			return {
				...base,
				kind: part,
				x0: pct(x0, eurAxis),
				x1: pct(at, eurAxis),
				y: i * row + row * ROW_BAR,
				h: row * ROW_BAR_H,
				opacity: 1
			};
		});
	});
	const marks = [usdMark, ...donorMarks];

	const eu = donors.find(bookedElsewhere);
	const labels: AidLabel[] = us
		? [
				{
					id: 'panel-usd',
					role: 'panel',
					text: `In dollars, as reported: ${moneyWords(usUsd.value, 'USD')}`,
					short: `In dollars, as reported: ${moneyWords(usUsd.value, 'USD')}`,
					sub: `Weapons and equipment delivered or committed, ${usdPeriod}. Kiel Institute via one undated news report; release not named.`,
					x: 0,
					y: PANEL.usd.bar - 2,
					axis: 'usd'
				},
				{
					id: 'value-usd',
					role: 'value',
					text: money(usUsd.value, 'USD'),
					short: money(usUsd.value, 'USD'),
					sub: '',
					x: pct(usUsd.value, usdAxis),
					y: PANEL.usd.bar + PANEL.usd.h / 2,
					axis: 'usd'
				},
				{
					id: 'panel-eur',
					role: 'panel',
					text: `In euros, ${release}: ${moneyWords(usEur.value, 'EUR')}`,
					short: `In euros, ${release}: ${moneyWords(usEur.value, 'EUR')}`,
					sub: `Military aid allocated, ${formatPeriod(usEur.period)}. A later, revised release; not converted.`,
					x: 0,
					y: PANEL.eur.bar - 2,
					axis: 'eur'
				},
				{
					id: 'value-eur',
					role: 'value',
					text: money(usEur.value, 'EUR'),
					short: money(usEur.value, 'EUR'),
					sub: '',
					x: pct(usEur.value, eurAxis),
					y: PANEL.eur.bar + PANEL.eur.h / 2,
					axis: 'eur'
				}
			]
		: donors.flatMap((d, i) => [
				{
					id: `name ${d.donor}`,
					role: 'name' as const,
					text: bookedElsewhere(d)
						? `${d.donor}: military aid counted under member states*`
						: d.donor,
					short: bookedElsewhere(d) ? `${shortName(d.donor)}*` : shortName(d.donor),
					sub: '',
					x: 0,
					y: i * row + row * ROW_NAME,
					axis: null
				},
				{
					id: `value ${d.donor}`,
					role: 'value' as const,
					text: money(d.total, d.currency),
					short: money(d.total, d.currency),
					sub: '',
					x: pct(d.total, eurAxis),
					y: i * row + row * (ROW_BAR + ROW_BAR_H / 2),
					axis: 'eur' as const
				}
			]);

	const heading = us
		? 'Two figures for US aid, in two currencies from two releases: each on its own scale'
		: `${typed ? 'Aid by type' : 'Total aid'}, top ${donors.length} donors · ${eurTitle}`;
	const key = typed ? PARTS.map((kind) => ({ kind, text: PART_WORDS[kind] })) : [];
	const euNote = eu
		? `* The Kiel Institute books EU military support under the member states, so the ${shortName(eu.donor)} row shows none of its own.`
		: '';
	const note = us ? 'Dollars and euros are never converted or drawn on one scale here.' : euNote;

	// Words for screen readers, with every figure's currency and release.
	const [top1, top2, top3] = donors;
	const last = donors[donors.length - 1];
	const share = (d: AidDonorData, part: AidPart) => `${moneyWords(d[part], d.currency)} ${part}`;
	const summaries: Record<AidState, string> = {
		us: `One undated news report cites the Kiel Institute for ${moneyWords(usUsd.value, 'USD')} of US weapons and equipment delivered or committed, ${usdPeriod}, without naming the release. Kiel's later ${release} puts US military aid allocated in ${formatPeriod(usEur.period)} at ${moneyWords(usEur.value, 'EUR')}. The two differ in currency and release, so each has its own scale and neither is converted.`,
		donors: `In ${release} (${currency}, ${period}), the top ${donors.length} donors run from ${top1.donor} with ${moneyWords(top1.total, top1.currency)} and ${shortName(top2.donor)} with ${moneyWords(top2.total, top2.currency)} down to ${last.donor} with ${moneyWords(last.total, last.currency)}.${eu ? ` ${euNote.replace(/^\* /, '')}` : ''}`,
		'by-type': `Split by type (${release}, ${currency}, ${period}): ${top1.donor}, ${share(top1, 'military')}, ${share(top1, 'financial')} and ${share(top1, 'humanitarian')}; ${shortName(top2.donor)}, ${share(top2, 'military')}, ${share(top2, 'financial')} and ${share(top2, 'humanitarian')}; ${top3.donor}, ${share(top3, 'military')}, ${share(top3, 'financial')} and ${share(top3, 'humanitarian')}.${eu ? ` ${euNote.replace(/^\* /, '')}` : ''}`
	};

	const unit = `${currency} bn · ${release}`;
	const table: AidView['table'] = us
		? {
				caption: 'Two figures for US aid to Ukraine, each in its own currency and release',
				columns: [
					{ key: 'measure', label: 'What it counts' },
					{ key: 'value', label: 'Billions', numeric: true },
					{ key: 'currency', label: 'Currency' },
					{ key: 'release', label: 'Release' },
					{ key: 'period', label: 'Period' }
				],
				rows: [
					{
						measure: 'US weapons and equipment delivered or committed',
						value: usUsd.value,
						currency: 'USD',
						release: 'Kiel Institute as cited by one undated news report (release not named)',
						period: usdPeriod
					},
					{
						measure: 'US military aid allocated',
						value: usEur.value,
						currency: 'EUR',
						release,
						period: formatPeriod(usEur.period)
					}
				]
			}
		: {
				caption: `${typed ? 'Aid to Ukraine by type' : 'Total aid to Ukraine'}, top ${donors.length} donors, ${currency} billions, ${release}, ${period}`,
				columns: [
					{ key: 'donor', label: 'Donor' },
					...(typed
						? PARTS.map((p) => ({ key: p, label: `${PART_WORDS[p]} (${unit})`, numeric: true }))
						: []),
					{ key: 'total', label: `Total (${unit})`, numeric: true },
					{ key: 'period', label: 'Period' },
					...(eu ? [{ key: 'note', label: 'Note' }] : [])
				],
				rows: donors.map((d) => ({
					donor: d.donor,
					...(typed ? Object.fromEntries(PARTS.map((p) => [p, d[p]])) : {}),
					total: d.total,
					period,
					...(eu
						? {
								note: bookedElsewhere(d) ? 'Military support is booked under the member states' : ''
							}
						: {})
				}))
			};

	const sources = us
		? [...new Set([usUsd.source, usEur.source])]
		: [...new Set(donors.map((d) => d.source))];

	return { marks, axes, labels, heading, key, note, summary: summaries[state], table, sources };
}
