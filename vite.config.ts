import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { validateData, warnSiteUrl } from './src/lib/data/vite-plugin.js';

export default defineConfig({
	plugins: [validateData(resolve(import.meta.dirname, 'data')), warnSiteUrl(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
