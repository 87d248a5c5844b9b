// Bundles src/lib/embed/child.ts into one small script (an IIFE exposing `start`) that
// embed pages inline: they are prerendered without SvelteKit's client (csr = false), so
// this is all the JavaScript an embed costs its host page.
import { rolldown } from 'rolldown';

const ID = 'virtual:embed-child';

/**
 * @param {string} entry absolute path of child.ts
 * @param {Record<string, string>} alias import aliases used by it ($lib)
 * @returns {import('vite').Plugin}
 */
export function embedChildScript(entry, alias) {
	return {
		name: 'within-range:embed-child',
		resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
		async load(id) {
			if (id !== `\0${ID}`) return;
			const bundle = await rolldown({ input: entry, platform: 'browser', resolve: { alias } });
			try {
				const { output } = await bundle.generate({
					format: 'iife',
					name: 'withinRangeEmbed',
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
