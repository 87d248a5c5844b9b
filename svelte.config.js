import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { cssComments } from './scripts/css-comments.js';

// The package's version, not the build's time (SvelteKit's default): the same source builds
// the same bytes, so the byte budget never moves with the clock. Nothing polls for updates.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Comments out of styles first: injected CSS (below) reaches the page as it is written.
	preprocess: [cssComments(), vitePreprocess()],
	vitePlugin: {
		// Charts and the sources section carry their CSS in their JS and in the server's <head>
		// output: the story's server draws charts whose code the browser loads later
		// (ChartIsland) and a sources section whose code it never loads (ServerDrawn), so
		// their styles cannot come from the page's own stylesheet. LayerCake's layouts too:
		// without their styles a chart drawn by the server spills out of its figure.
		dynamicCompileOptions: ({ filename }) =>
			/\/src\/lib\/(charts|sources)\/|\/node_modules\/layercake\//.test(filename)
				? { css: 'injected' }
				: undefined
	},
	kit: {
		// Static export: every route is prerendered, no server code ships.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: {
			// Relative asset URLs let the desk upload build/ into any folder on any host.
			relative: true
		},
		// Inline every page's CSS: one request fewer before first paint, and build/404.html
		// renders styled at any depth.
		inlineStyleThreshold: Infinity,
		version: { name: version },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
