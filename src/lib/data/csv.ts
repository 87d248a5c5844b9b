import { csvParseRows } from 'd3-dsv';
import { DataError, type DataIssue } from './errors.js';

/** One parsed CSV row with the 1-based line it came from, so errors can point at it. */
export interface CsvRow {
	line: number;
	values: Record<string, string>;
}

export interface CsvTable {
	file: string;
	columns: string[];
	rows: CsvRow[];
}

/**
 * Parses CSV text exported from any spreadsheet: a UTF-8 BOM, CRLF endings and blank
 * lines (trailing or not) are accepted. Fields spanning lines are refused, because they
 * make line numbers in error messages lie.
 */
export function parseCsv(file: string, text: string, required: readonly string[] = []): CsvTable {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const lines = normalised.split('\n');
	const issues: DataIssue[] = [];
	const parsed: { line: number; cells: string[] }[] = [];
	lines.forEach((raw, i) => {
		if (raw.trim() === '') return;
		const rows = csvParseRows(raw);
		if (rows.length !== 1) {
			issues.push({ file, line: i + 1, reason: 'a quoted field spans several lines' });
			return;
		}
		parsed.push({ line: i + 1, cells: rows[0] });
	});
	if (parsed.length === 0) throw new DataError([{ file, line: 1, reason: 'the file is empty' }]);
	const [header, ...body] = parsed;
	const columns = header.cells.map((c) => c.trim());
	for (const col of required) {
		if (!columns.includes(col))
			issues.push({ file, line: header.line, field: col, reason: 'missing column' });
	}
	const dupes = columns.filter((c, i) => columns.indexOf(c) !== i);
	for (const col of new Set(dupes))
		issues.push({ file, line: header.line, field: col, reason: 'column appears twice' });
	const rows: CsvRow[] = [];
	for (const { line, cells } of body) {
		if (cells.length !== columns.length) {
			issues.push({
				file,
				line,
				reason: `expected ${columns.length} fields, found ${cells.length}`
			});
			continue;
		}
		rows.push({ line, values: Object.fromEntries(columns.map((c, i) => [c, cells[i].trim()])) });
	}
	if (issues.length) throw new DataError(issues);
	return { file, columns, rows };
}
