// The aid chart's pure view: the two US figures on separate scales (dollars, euros), then the
// top donors of one Kiel release, whole and by type. Each role has its own module here.
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import { aidAxes, type AidAxis } from './axes';
import { aidMarks, type AidMark, type AidPart } from './marks';
import { aidFrame, aidLabels, type AidLabel } from './labels';
import { aidSummary } from './summary';
import { aidTable } from './table';
import { aidTerms } from './terms';
import type { AidData } from './data.server';
import type { STATES } from './index';

export type AidState = (typeof STATES)[number];
export type { AidAxis, AidMark, AidPart, AidLabel };
export type { Currency } from './terms';

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

export function aidView(data: AidData, state: AidState, say: Say): AidView {
	const terms = aidTerms(data, say);
	const axes = aidAxes(data, state, terms);
	const { usUsd, usEur, donors } = data;
	return {
		marks: aidMarks(data, state, axes),
		axes: axes.shown,
		labels: aidLabels(data, state, axes, terms),
		...aidFrame(data, state, axes, terms),
		summary: aidSummary(data, state, terms),
		table: aidTable(data, state, terms),
		sources:
			state === 'us'
				? [...new Set([usUsd.source, usEur.source])]
				: [...new Set(donors.map((d) => d.source))]
	};
}
