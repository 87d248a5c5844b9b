import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_FILES } from '../../src/lib/data/dataset';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** The text of every real data/ file, to be broken one edit at a time by a test. */
export function realTexts(): Record<string, string> {
	return Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(resolve(DATA_DIR, f), 'utf8')]));
}

/** Replaces exactly one occurrence of find in a file's text, failing loudly if absent. */
export function edit(texts: Record<string, string>, file: string, find: string, replace: string) {
	const text = texts[file];
	if (!text.includes(find)) throw new Error(`fixture: "${find}" not in ${file}`);
	return { ...texts, [file]: text.replace(find, replace) };
}

/** The 1-based line of a file on which needle first appears. */
export function lineOf(text: string, needle: string): number {
	return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** A chart's English words, as its views speak them. */
export { sayFor } from './say';
