import * as v from 'valibot';
import { parseCsv, type CsvRow } from './csv.js';
import { DataError, type DataIssue } from './errors.js';
import {
	FILES,
	type AidDonor,
	type AssaultWeapon,
	type Basemap,
	type CasualtyMonth,
	type DroneMonth,
	type Figure,
	type Place,
	type RangeFigure,
	type Source,
	type TroopFigure
} from './schema.js';

/** Everything the story knows, validated and typed. The only way the app reads data/. */
export interface Dataset {
	sources: Source[];
	/** Every single figure, from figures.csv, ranges.csv and troops.csv, by one shape. */
	figures: Figure[];
	ranges: RangeFigure[];
	troops: TroopFigure[];
	drones: DroneMonth[];
	assault: AssaultWeapon[];
	casualties: CasualtyMonth[];
	aid: AidDonor[];
	places: Place[];
	basemap: Basemap[];
}

type Key = keyof typeof FILES;
type Rows = { [K in Key]: { line: number; row: v.InferOutput<(typeof FILES)[K]['schema']> }[] };

export const DATA_FILES = Object.values(FILES).map((f) => f.file);

function describe(issue: v.BaseIssue<unknown>): { field?: string; reason: string } {
	const key = issue.path?.map((p) => String(p.key)).join('.');
	const got = typeof issue.input === 'string' ? ` (found "${issue.input}")` : '';
	return { field: key, reason: issue.message + got };
}

function validateRows<K extends Key>(key: K, rows: CsvRow[], issues: DataIssue[]): Rows[K] {
	const { file, schema } = FILES[key];
	const out: { line: number; row: unknown }[] = [];
	for (const { line, values } of rows) {
		const result = v.safeParse(schema as v.GenericSchema, values);
		if (result.success) out.push({ line, row: result.output });
		else for (const issue of result.issues) issues.push({ file, line, ...describe(issue) });
	}
	return out as Rows[K];
}

/**
 * Parses and validates the text of every data/ file (keyed by file name), then checks the
 * files against each other: unique ids, every cited source exists, every source is cited,
 * and totals that must add up do. Throws a DataError listing every problem with its
 * file, line, field and reason.
 */
export function parseDataset(texts: Record<string, string | undefined>): Dataset {
	const issues: DataIssue[] = [];
	const rows = {} as Rows;
	for (const key of Object.keys(FILES) as Key[]) {
		const { file, columns } = FILES[key];
		const text = texts[file];
		if (text === undefined) {
			issues.push({ file, line: 0, reason: 'file is missing from data/' });
			(rows[key] as unknown[]) = [];
			continue;
		}
		try {
			const table = parseCsv(file, text, columns);
			(rows[key] as unknown[]) = validateRows(key, table.rows, issues);
		} catch (e) {
			if (!(e instanceof DataError)) throw e;
			issues.push(...e.issues);
			(rows[key] as unknown[]) = [];
		}
	}

	// Ids are unique within their namespace: sources, and all figures together.
	const unique = (file: string, field: string, items: { line: number; key: string }[]) => {
		const seen = new Map<string, number>();
		for (const { line, key } of items) {
			const first = seen.get(key);
			if (first !== undefined)
				issues.push({ file, line, field, reason: `duplicate "${key}" (first on line ${first})` });
			else seen.set(key, line);
		}
	};
	const figureFiles: [string, { line: number; row: Figure }[]][] = [
		[FILES.figures.file, rows.figures],
		[FILES.ranges.file, rows.ranges],
		[FILES.troops.file, rows.troops]
	];
	{
		const seen = new Map<string, string>();
		for (const [file, list] of figureFiles)
			for (const { line, row } of list) {
				const where = seen.get(row.id);
				if (where)
					issues.push({ file, line, field: 'id', reason: `duplicate "${row.id}" (first at ${where})` });
				else seen.set(row.id, `${file}:${line}`);
			}
	}
	unique(FILES.sources.file, 'id', rows.sources.map((r) => ({ line: r.line, key: r.row.id })));
	unique(FILES.drones.file, 'month', rows.drones.map((r) => ({ line: r.line, key: r.row.month })));
	unique(FILES.assault.file, 'model', rows.assault.map((r) => ({ line: r.line, key: r.row.model })));
	unique(FILES.casualties.file, 'month', rows.casualties.map((r) => ({ line: r.line, key: r.row.month })));
	unique(FILES.aid.file, 'donor', rows.aid.map((r) => ({ line: r.line, key: r.row.donor })));
	unique(FILES.places.file, 'name', rows.places.map((r) => ({ line: r.line, key: r.row.name })));

	// Every citation resolves, and no source sits in sources.csv uncited.
	const sourceIds = new Set(rows.sources.map((r) => r.row.id));
	const cited = new Set<string>();
	for (const key of Object.keys(FILES) as Key[]) {
		if (key === 'sources') continue;
		for (const { line, row } of rows[key] as { line: number; row: Record<string, unknown> }[]) {
			for (const field of ['source', 'category_source']) {
				const ref = row[field];
				if (typeof ref !== 'string') continue;
				cited.add(ref);
				if (!sourceIds.has(ref))
					issues.push({
						file: FILES[key].file,
						line,
						field,
						reason: `unknown source "${ref}" (not an id in ${FILES.sources.file})`
					});
			}
		}
	}
	for (const { line, row } of rows.sources)
		if (!cited.has(row.id))
			issues.push({
				file: FILES.sources.file,
				line,
				field: 'id',
				reason: `source "${row.id}" is cited by no figure or series`
			});

	// Sums that must hold.
	for (const { line, row } of rows.casualties)
		if (row.killed !== null && row.injured !== null && row.killed + row.injured !== row.total)
			issues.push({
				file: FILES.casualties.file,
				line,
				field: 'total',
				reason: `killed + injured is ${row.killed + row.injured}, not ${row.total}`
			});
	for (const { line, row } of rows.assault)
		if (row.destroyed + row.lost_in_flight > row.launched)
			issues.push({
				file: FILES.assault.file,
				line,
				field: 'destroyed',
				reason: `destroyed + lost_in_flight exceeds launched (${row.launched})`
			});
	for (const { line, row } of rows.aid) {
		const parts = row.military + row.financial + row.humanitarian;
		// Parts are rounded to hundredths, so they may miss the total by a few of them.
		if (Math.abs(parts - row.total) > 0.03)
			issues.push({
				file: FILES.aid.file,
				line,
				field: 'total',
				reason: `military + financial + humanitarian is ${parts.toFixed(2)}, not ${row.total}`
			});
	}

	// Editors find files from the project root.
	if (issues.length) throw new DataError(issues.map((i) => ({ ...i, file: `data/${i.file}` })));
	const pick = <K extends Key>(key: K) => rows[key].map((r) => r.row) as Rows[K][number]['row'][];
	return {
		sources: pick('sources'),
		figures: [...pick('figures'), ...pick('ranges'), ...pick('troops')],
		ranges: pick('ranges'),
		troops: pick('troops'),
		drones: pick('drones'),
		assault: pick('assault'),
		casualties: pick('casualties'),
		aid: pick('aid'),
		places: pick('places'),
		basemap: pick('basemap')
	};
}
