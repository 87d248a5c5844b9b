// Words a reader sees live in src/content/, never in code: a second edition must not need a
// programmer. This finds reader-facing English left in the code that draws the page: a string
// or a piece of markup text of three or more words. Messages for the desk (thrown errors,
// console output) and comments are not for readers, and are skipped.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../src');
/** The rooms that draw what readers see. */
const ROOMS = [
	'lib/charts',
	'lib/embed',
	'lib/components',
	'lib/sources',
	'lib/scrolly',
	'lib/share',
	'routes'
];
const WORDS = /[A-Za-z][a-z’']+(?:[,;:]?\s+[A-Za-z][a-z’']+){2,}/;
/** Not words for readers: font stacks. */
const NOT_WORDS = /serif|monospace/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte|js)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/** Code with comments, desk messages, imports and styles blanked out (lines kept). */
export function strip(source: string): string {
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	return source
		.replace(/<style[\s\S]*?<\/style>/g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/\/\*[\s\S]*?\*\//g, blank)
		.replace(/(^|[^:'"`])\/\/.*$/gm, (m, pre) => pre + blank(m.slice(pre.length)))
		.replace(
			/(throw new \w*Error|new \w*Error|console\.\w+|error|Symbol)\((?:[^()]|\([^()]*\))*\)/g,
			blank
		)
		.replace(/^\s*(import|export) [^;]*from [^;]*;?$/gm, blank)
		.replace(/import\((?:'[^']*'|"[^"]*")\)/g, blank);
}

/** Reader-facing English in one file: [line, text]. */
export function english(source: string, svelte: boolean): [number, string][] {
	const code = strip(source);
	const found: [number, string][] = [];
	const at = (i: number) => code.slice(0, i).split('\n').length;
	// Strings in code: '…', "…", `…` (a template's ${…} parts are code, not words).
	for (const m of code.matchAll(
		/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g
	)) {
		const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
		if (WORDS.test(text) && !NOT_WORDS.test(text))
			found.push([at(m.index), text.trim().slice(0, 80)]);
	}
	if (svelte) {
		// Markup text between tags, outside the script.
		const markup = code.replace(/<script[\s\S]*?<\/script>/g, (m) => m.replace(/[^\n]/g, ' '));
		for (const m of markup.matchAll(/>([^<>{}]+)(?=[<{])/g))
			if (WORDS.test(m[1])) found.push([at(m.index), m[1].trim().slice(0, 80)]);
	}
	return found;
}

describe('the English finder itself', () => {
	it('finds words in strings, templates and markup; skips desk messages and comments', () => {
		expect(english(`const a = 'Show the data';`, false)).toHaveLength(1);
		expect(english('const a = `${n} drones in ${m}, after the permission`;', false)).toHaveLength(
			1
		);
		expect(english('<p>Read the story</p>', true)).toHaveLength(1);
		expect(english(`throw new Error('A chart needs figure x here.');`, false)).toEqual([]);
		expect(english(`// the words are here\nconst k = 'frame.show-data';`, false)).toEqual([]);
		expect(english("<p>{say('frame.show-data')}</p>", true)).toEqual([]);
	});
});

/**
 * Files whose words are still on their way to src/content/ (issue #13); each must shrink
 * to nothing, and a listed file that is already clean fails, so the list cannot go stale.
 */
const PENDING = new Set<string>([]);

describe('no reader-facing English in code', () => {
	for (const file of PENDING)
		it(`${file} is still pending`, () => {
			const source = readFileSync(join(SRC, file), 'utf8');
			expect(english(source, file.endsWith('.svelte')).length).toBeGreaterThan(0);
		});
	for (const room of ROOMS)
		it(`src/${room}`, () => {
			const hits = files(join(SRC, room))
				.filter((f) => !PENDING.has(relative(SRC, f)))
				.flatMap((file) =>
					english(readFileSync(file, 'utf8'), file.endsWith('.svelte')).map(
						([line, text]) => `${relative(SRC, file)}:${line}: ${text}`
					)
				);
			expect(hits).toEqual([]);
		});
});
