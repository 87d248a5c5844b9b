// Bundles the embeds' two scripts, each into one small IIFE string exposing `start`:
// `virtual:embed-child` (src/lib/embed/child.ts), inlined into embed pages, which are
// prerendered without SvelteKit's client (csr = false), so it is all the JavaScript an embed
// costs its host page; and `virtual:embed-loader` (loader.ts), served as build/embed.js.
import { rolldown } from 'rolldown';

/**
 * @param {Record<string, string>} entries absolute path of each script, by virtual id
 * @param {Record<string, string>} alias import aliases used by them ($lib)
 * @returns {import('vite').Plugin}
 */
export function embedScripts(entries, alias) {
	return {
		name: 'within-range:embed-scripts',
		resolveId: (id) => (id in entries ? `\0${id}` : undefined),
		async load(id) {
			const entry = id.startsWith('\0') ? entries[id.slice(1)] : undefined;
			if (!entry) return;
			const loader = id.endsWith('loader');
			const bundle = await rolldown({
				input: entry,
				platform: 'browser',
				resolve: { alias },
				// Host pages may run older browsers than the story asks for.
				transform: loader ? { target: 'es2017' } : undefined
			});
			try {
				const { output } = await bundle.generate({
					format: 'iife',
					name: loader ? 'withinRangeLoader' : 'withinRangeEmbed',
					minify: true
				});
				for (const file of await bundle.watchFiles) this.addWatchFile(file);
				return `export default ${JSON.stringify(output[0].code)};`;
			} finally {
				await bundle.close();
			}
		}
	};
}
