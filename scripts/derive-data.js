// `npm run data:derive`: rewrites data/'s derived series from ../shared/data.
// Hand-kept files (sources, figures, ranges, troops) are never touched.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { derivedSeries, sharedDataAvailable, toCsv, SHARED_DATA } from './derive.js';

if (!sharedDataAvailable()) {
	console.error(`No datasets at ${SHARED_DATA}: nothing derived.`);
	process.exit(1);
}
for (const [file, rows] of Object.entries(derivedSeries())) {
	writeFileSync(resolve(import.meta.dirname, '../data', file), toCsv(rows));
	console.log(`data/${file}: ${rows.length} rows`);
}
