// The aid chart's pure view: the report's dollar figure for US aid, alone, then the top donors
// of one Kiel release in euros, whole and by type. Each view shows one US figure: the two
// counts are different releases in different currencies, never converted or set side by side.
// Each role has its own module here.
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from '../types';
import { aidAxis, type AidAxis } from './axes';
import { aidMarks, aidTotals, type AidMark, type AidPart } from './marks';
import { aidFrame, aidLabels, type AidFigure, type AidFrame, type AidLabel } from './labels';
import { aidSummary } from './summary';
import { aidTable } from './table';
import { aidTerms } from './terms';
import type { AidData } from './data.server';
import type { AidState } from './index';

// Its states' type lives beside its states; the view's importers find it here.
export type { AidState };
export type { AidAxis, AidFigure, AidMark, AidPart, AidLabel };
export type { Currency } from './terms';

export interface AidView extends ChartViewBase, AidFrame {
	/** Every donor's pieces, by type (LayerCake's data). */
	marks: AidMark[];
	/** Every donor's whole bar, drawn over its pieces. */
	totals: AidMark[];
	/** Whether the whole bars show (`us`, `donors`), or have faded to show the pieces. */
	whole: boolean;
	/** The axes drawn: the donors' euro axis, or none where no bar is drawn. */
	axes: AidAxis[];
	labels: AidLabel[];
}

export function aidView(data: AidData, state: AidState, say: Say): AidView {
	const terms = aidTerms(data, say);
	const axis = aidAxis(data, terms);
	return {
		marks: aidMarks(data, state, axis),
		totals: aidTotals(data, state, axis),
		whole: state !== 'by-type',
		axes: state === 'us' ? [] : [axis],
		labels: aidLabels(data, state, axis, terms),
		...aidFrame(data, state, axis, terms),
		summary: aidSummary(data, state, terms),
		table: aidTable(data, state, terms),
		sources: state === 'us' ? [data.usUsd.source] : [...new Set(data.donors.map((d) => d.source))]
	};
}
