// Modules made at build time by our Vite plugins.
declare module 'virtual:embed-child' {
	/** The embed pages' script, bundled from lib/embed/child.ts (lib/embed/vite-plugin.js). */
	const source: string;
	export default source;
}
declare module 'virtual:embed-loader' {
	/** The loader for host pages, bundled from lib/embed/loader.ts (served as embed.js). */
	const source: string;
	export default source;
}
