import { csvFormatRows } from 'd3-dsv';
import type { ChartTable } from './types';

/** The CSV of a chart's table: its column labels, then its rows, nothing more. */
export function tableToCsv(table: ChartTable): string {
	const header = table.columns.map((c) => c.label);
	const rows = table.rows.map((r) => table.columns.map((c) => String(r[c.key] ?? '')));
	return csvFormatRows([header, ...rows]) + '\n';
}
