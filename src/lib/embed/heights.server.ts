// The embed pages' measured heights (heights.json, written by `npm run embed:heights`),
// turned at build time into each page's min-height and the loader's table. A page missing
// from the table gets neither: tests/unit/embed-heights.test.ts fails first.
import { CHARTS, CHART_IDS, type ChartId } from '$lib/charts/catalogue';
import { LOCALES } from '$lib/content/editions';
import type { Locale } from '$lib/content/format';
import table from './heights.json';
import type { HeightRow, LoaderTable } from './reserve';
import { placeholderFit, placeholderStyle } from './placeholder';

export interface HeightTable {
	/** A fixed string's width in the measuring machine's sans-serif (a check of its fonts). */
	fontProbe: number;
	/** By page: "<locale>/<chart>/<state>". */
	pages: Record<string, HeightRow>;
}

export const HEIGHTS: HeightTable = table;

export const heightKey = (locale: Locale, chart: ChartId, state: string) =>
	`${locale}/${chart}/${state}`;

/**
 * The embed page's min-height rules: at each band, the height the loader reserves, so the
 * page reports exactly that height even when its content takes less (a narrower font).
 */
export function heightStyle(row: HeightRow | undefined): string {
	if (!row) return '';
	return row.from
		.map((edge, i) => {
			const px = `${row.height[i]}px`;
			const at = row.slope[i] ? `calc(${px} + ${+(row.slope[i] * 100).toFixed(4)}vw)` : px;
			// Rounded up to whole px as the loader rounds; the calc() alone where round() is unknown.
			const rule = `main.embed{min-height:${at};min-height:round(up,${at},1px)}`;
			return i === 0 ? rule : `@media(min-width:${edge}px){${rule}}`;
		})
		.join('');
}

/**
 * What the loader carries: each distinct row once, and per edition and chart the row of
 * each state, '' naming the chart's default state.
 */
export function loaderTable(
	heights: HeightTable = HEIGHTS,
	titles: LoaderTable['titles'] = {}
): LoaderTable {
	const rows: HeightRow[] = [];
	const seen = new Map<string, number>();
	const pages: Record<string, Record<string, Record<string, number>>> = {};
	for (const locale of LOCALES)
		for (const chart of CHART_IDS) {
			const states: Record<string, number> = {};
			for (const state of CHARTS[chart].STATES) {
				const row = heights.pages[heightKey(locale, chart, state)];
				if (!row) continue;
				const json = JSON.stringify(row);
				if (!seen.has(json)) seen.set(json, rows.push(row) - 1);
				states[state] = seen.get(json)!;
			}
			const fallback = states[CHARTS[chart].DEFAULT_STATE];
			if (fallback !== undefined) states[''] = fallback;
			(pages[locale] ??= {})[chart] = states;
		}
	return { rows, pages, titles };
}

/**
 * The inline style of each chart's placeholder in the snippet the story offers (its default
 * state, in this edition): about the chart's height at the div's own width, before any script
 * runs. Fitted from this table at build time, so a regenerated table updates the snippets.
 */
export function placeholderStyles(
	locale: Locale,
	heights: HeightTable = HEIGHTS
): Partial<Record<ChartId, string>> {
	const styles: Partial<Record<ChartId, string>> = {};
	for (const chart of CHART_IDS) {
		const row = heights.pages[heightKey(locale, chart, CHARTS[chart].DEFAULT_STATE)];
		if (row) styles[chart] = placeholderStyle(placeholderFit(row));
	}
	return styles;
}
