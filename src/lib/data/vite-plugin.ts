import type { Plugin } from 'vite';
import { readDataDir } from './read.js';

/** Validates data/ before anything is built, so a bad file fails fast with its file and line. */
export function validateData(dir: string): Plugin {
	return {
		name: 'within-range:validate-data',
		buildStart() {
			readDataDir(dir);
		}
	};
}
