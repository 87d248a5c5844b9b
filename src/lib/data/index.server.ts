import { parseDataset, type Dataset } from './dataset';

// Vite bundles data/ into the prerendering server only; the browser receives just what a
// page's load function returns.
const texts = import.meta.glob('/data/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cached: Dataset | undefined;

/** The validated dataset, parsed once per build. */
export function getDataset(): Dataset {
	cached ??= parseDataset(
		Object.fromEntries(Object.entries(texts).map(([path, text]) => [path.replace(/^\/data\//, ''), text]))
	);
	return cached;
}
