// `npm run data:derive`: rewrites data/'s derived series from ../shared/data.
// Hand-kept files (sources, figures, ranges, troops) are never touched.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	derivedSeries,
	dronesAllTypes,
	sharedDataAvailable,
	toCsv,
	SHARED_DATA
} from './derive.js';

if (!sharedDataAvailable()) {
	console.error(`No datasets at ${SHARED_DATA}: nothing derived.`);
	process.exit(1);
}
for (const [file, rows] of Object.entries(derivedSeries())) {
	writeFileSync(resolve(import.meta.dirname, '../data', file), toCsv(rows));
	console.log(`data/${file}: ${rows.length} rows`);
}
// Single figures live in the hand-kept figures.csv; print the derived ones to copy from.
const oct = dronesAllTypes('2024-10');
console.log(
	`figures.csv drones-oct-2024-dataset-all: ${oct.total} (${JSON.stringify(oct.byModel)})`
);
