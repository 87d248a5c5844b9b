import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { validateData, warnSiteUrl } from './src/lib/data/vite-plugin.js';
import { embedChildScript } from './src/lib/embed/vite-plugin.js';

export default defineConfig({
	plugins: [
		validateData(resolve(import.meta.dirname, 'data')),
		warnSiteUrl(),
		embedChildScript(resolve(import.meta.dirname, 'src/lib/embed/child.ts'), {
			$lib: resolve(import.meta.dirname, 'src/lib')
		}),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
