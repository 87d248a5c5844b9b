// Modules made at build time by our Vite plugins.
declare module 'virtual:embed-child' {
	/** The embed pages' script, bundled from lib/embed/child.ts (lib/embed/vite-plugin.js). */
	const source: string;
	export default source;
}
