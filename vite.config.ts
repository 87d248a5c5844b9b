import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { validateData, warnSiteUrl } from './src/lib/data/vite-plugin.js';
import { embedScripts } from './src/lib/embed/vite-plugin.js';
import { compileHints } from './src/lib/compile-hints.js';

export default defineConfig({
	plugins: [
		validateData(resolve(import.meta.dirname, 'data')),
		warnSiteUrl(),
		embedScripts(
			{
				'virtual:embed-child': resolve(import.meta.dirname, 'src/lib/embed/child.ts'),
				'virtual:embed-loader': resolve(import.meta.dirname, 'src/lib/embed/loader.ts')
			},
			{ $lib: resolve(import.meta.dirname, 'src/lib') }
		),
		compileHints(),
		sveltekit()
	],
	build: {
		modulePreload: {
			// The page's own code (SvelteKit's nodes) is asked for after the first paint and
			// hydrates a page that reads and scrolls without it: its chunks need no preload links,
			// whose insertion, one by one, lengthened the page's hydration task (after load, in
			// Lighthouse's blocking time). Charts keep theirs: a chart's chunks are up to 6 deep.
			resolveDependencies: (file, deps) => (/\/nodes\//.test(file) ? [] : deps)
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
