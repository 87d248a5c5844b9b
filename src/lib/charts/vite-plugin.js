// Marks the story's chart code for eager compilation. Chromium (V8, since Chrome 136) compiles
// a file that opens with the comment below as it loads, on a background thread where it can;
// otherwise each function is compiled on the main thread the first time it runs. A chart's
// code runs all at once when it hydrates, so lazy compiling made a third or more of each
// hydration task (at 4× CPU, 15–50 ms of 50–110). Only the chunks the charts alone import are
// marked: the page's own start-up code stays as it is, compiled as it is needed.
// https://v8.dev/blog/explicit-compile-hints

/** V8's file-wide hint; it must be the file's very first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * @typedef {{ fileName: string, isEntry: boolean, isDynamicEntry: boolean,
 *   moduleIds: string[], imports: string[] }} ChunkInfo
 */

/**
 * The chunks to mark: each chunk that holds a chart's entry module, and their static imports,
 * save those the page's start-up imports too. The page's start-up is every entry (or dynamic
 * entry) that reaches no chart statically: a route drawn without a client (the embeds, csr
 * off) imports every chart, but no browser loads it.
 * @param {ChunkInfo[]} chunks
 * @param {RegExp} chartEntry matches the module a chart's dynamic import loads
 * @returns {Set<string>} their file names
 */
export function eagerChunks(chunks, chartEntry) {
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	/** @param {ChunkInfo[]} from */
	const closure = (from) => {
		const seen = new Set();
		const walk = (/** @type {string} */ name) => {
			if (seen.has(name)) return;
			seen.add(name);
			for (const i of byName.get(name)?.imports ?? []) walk(i);
		};
		for (const c of from) walk(c.fileName);
		return seen;
	};
	// (Rolldown does not flag a chunk as a dynamic entry when a route also imports it.)
	const charts = chunks.filter((c) => c.moduleIds.some((m) => chartEntry.test(m)));
	const chartNames = new Set(charts.map((c) => c.fileName));
	const roots = chunks.filter(
		(c) =>
			(c.isEntry || c.isDynamicEntry) && ![...closure([c])].some((name) => chartNames.has(name))
	);
	const page = closure(roots);
	return new Set([...closure(charts)].filter((name) => !page.has(name)));
}

/**
 * @param {RegExp} chartEntry matches the module a chart's dynamic import loads
 * @returns {import('vite').Plugin}
 */
export function compileHints(chartEntry) {
	return {
		name: 'within-range:compile-hints',
		apply: 'build',
		generateBundle(_, bundle) {
			if (this.environment?.config.consumer === 'server') return;
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
			const eager = eagerChunks(/** @type {ChunkInfo[]} */ (chunks), chartEntry);
			for (const chunk of chunks)
				if (eager.has(chunk.fileName) && !chunk.code.startsWith(COMPILE_HINT))
					chunk.code = COMPILE_HINT + chunk.code;
		}
	};
}
