import type { Dataset } from '$lib/data/dataset';
import type { Qualifier, TroopFigure } from '$lib/data/schema';

/**
 * troops.csv's own columns. schema.ts validates them, but the TroopFigure type it infers
 * drops them (figureVariants is not generic over its extra fields), so they are named here.
 */
export interface TroopColumns {
	force: 'north-korea' | 'russia-incl-north-korea';
	estimate_by: string;
	status: 'reported' | 'estimate' | 'unconfirmed';
}
type TroopRow = TroopFigure & TroopColumns;

/** One estimate of troops, as data/troops.csv gives it, with its source's short credit. */
export interface TroopEstimate {
	id: string;
	force: TroopColumns['force'];
	estimateBy: string;
	status: TroopColumns['status'];
	value: number;
	qualifier: Qualifier;
	/** What the number counts, in the data's own words. */
	counts: string;
	period: string;
	source: string;
	/** The source's credit from data/sources.csv. */
	credit: string;
	note: string;
}

/** What the troops chart needs from data/: every estimate, in the file's order. */
export interface TroopsData {
	estimates: TroopEstimate[];
}

export function select(dataset: Pick<Dataset, 'troops' | 'sources'>): TroopsData {
	return {
		estimates: (dataset.troops as TroopRow[]).map((t) => {
			if (t.unit !== 'count')
				throw new Error(`Troop figure "${t.id}" must be a count of soldiers, not ${t.unit}.`);
			const source = dataset.sources.find((s) => s.id === t.source);
			if (!source) throw new Error(`Troop figure "${t.id}" cites unknown source "${t.source}".`);
			return {
				id: t.id,
				force: t.force,
				estimateBy: t.estimate_by,
				status: t.status,
				value: t.value,
				qualifier: t.qualifier,
				counts: t.counts,
				period: t.period,
				source: t.source,
				credit: source.credit,
				note: t.note
			};
		})
	};
}
