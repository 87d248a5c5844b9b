// Marks the browser's code for eager compilation. Chromium (V8, since Chrome 136) compiles a
// file that opens with the comment below as it loads, on a background thread where it can;
// otherwise each function is compiled on the main thread the first time it runs. The story's
// code runs in bursts: its hydration after the first paint, each chart's as the reader nears
// it. Compiled lazily, a third or more of a chart's hydration task was compilation (at 4× CPU,
// 15–50 ms of 50–110), and the page's own hydration task ran 23–28 ms unthrottled, which
// Lighthouse's 4× simulation counts as 40–60 ms of blocking time (TBT); marked, 15–20 ms.
// https://v8.dev/blog/explicit-compile-hints

/** V8's file-wide hint; it must be the file's very first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The smallest chunk worth marking, in bytes of code: the hint costs every reader about 25 B
 * of gzip per file, and a chunk under a kilobyte (a re-export, a constant) holds next to
 * nothing to compile.
 */
export const EAGER_MIN_BYTES = 1000;

/**
 * The chunks to mark: every chunk of the browser's code of at least EAGER_MIN_BYTES.
 * @param {{ fileName: string, code: string }[]} chunks
 * @returns {Set<string>} their file names
 */
export const eagerChunks = (chunks) =>
	new Set(
		chunks.filter((c) => Buffer.byteLength(c.code) >= EAGER_MIN_BYTES).map((c) => c.fileName)
	);

/** @returns {import('vite').Plugin} */
export function compileHints() {
	return {
		name: 'within-range:compile-hints',
		apply: 'build',
		generateBundle: {
			// After Vite's own: its preload helper puts a line of its own first in each chunk
			// whose dynamic imports have files to preload (the page's entry, the story's page).
			order: 'post',
			handler(_, bundle) {
				if (this.environment?.config.consumer === 'server') return;
				const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
				const eager = eagerChunks(chunks);
				for (const chunk of chunks)
					if (eager.has(chunk.fileName) && !chunk.code.startsWith(COMPILE_HINT))
						chunk.code = COMPILE_HINT + chunk.code;
			}
		}
	};
}
