import type { Plugin } from 'vite';
import { readDataDir } from './read.js';
import { siteUrl, SITE_URL_WARNING } from '../site.js';

/** Validates data/ before anything is built, so a bad file fails fast with its file and line. */
export function validateData(dir: string): Plugin {
	return {
		name: 'within-range:validate-data',
		buildStart() {
			readDataDir(dir);
		}
	};
}

/** Says once, at the start of a production build, when SITE_URL is missing. */
export function warnSiteUrl(): Plugin {
	return {
		name: 'within-range:site-url',
		apply: 'build',
		buildStart() {
			// The config is loaded afresh for each of SvelteKit's builds: remember in the process.
			if (!process.env.WITHIN_RANGE_WARNED && !siteUrl(process.env.SITE_URL)) {
				process.env.WITHIN_RANGE_WARNED = '1';
				this.warn(SITE_URL_WARNING);
			}
		}
	};
}
