// How tall an embed page is at a width, from the table the build measured
// (scripts/embed-heights.js): shared by the page's own min-height and the loader's reserved
// height, so the two always agree and the host page never moves as an embed loads.

/** One embed page's height in bands of width: from `from[i]` px on, height + slope × width. */
export interface HeightRow {
	from: number[];
	height: number[];
	slope: number[];
}

/** The band a width falls in: the last it reaches (the first, below them all). */
export function bandOf(row: HeightRow, width: number): number {
	let band = 0;
	while (band + 1 < row.from.length && width >= row.from[band + 1]) band++;
	return band;
}

/** The page's height at a width, in whole px as the page reports it (rounded up). */
export function reservedHeight(row: HeightRow, width: number): number {
	const band = bandOf(row, width);
	return Math.ceil(row.height[band] + row.slope[band] * width - 1e-6);
}

/** The loader's copy of the table: each distinct row once, named by edition, chart and state. */
export interface LoaderTable {
	rows: HeightRow[];
	/** locale → chart → state ('' for the chart's default) → index in rows. */
	pages: Record<string, Record<string, Record<string, number>>>;
	/** locale → chart → its title, the iframe's name unless the host gives one. */
	titles: Record<string, Record<string, string>>;
}

/** The height to reserve for an embed before it loads; undefined when the table has no row. */
export function loaderHeight(
	table: LoaderTable,
	locale: string,
	chart: string,
	state: string,
	width: number
): number | undefined {
	const states = has(table.pages, locale) ? table.pages[locale] : undefined;
	const rows = states && has(states, chart) ? states[chart] : undefined;
	if (!rows) return undefined;
	const row = table.rows[has(rows, state) ? rows[state] : rows['']];
	return row && reservedHeight(row, width);
}

/** Own keys only (a state named "constructor" is not a row); Object.hasOwn is too new for hosts. */
export const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
