import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset, DATA_FILES, type Dataset } from './dataset.js';

/** Reads and validates data/ from disk (build plugin, scripts and tests; never the browser). */
export function readDataDir(dir: string): Dataset {
	const texts: Record<string, string | undefined> = {};
	for (const file of DATA_FILES) {
		const path = resolve(dir, file);
		texts[file] = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	}
	return parseDataset(texts);
}
