// House rules (#13) for the components around the charts: each says what it is in an
// `@component` comment, and types its props with a doc line per prop: its own `interface Props`,
// a shared type from charts/layers/props.ts (documented there), or a route's own `PageProps` or
// `LayoutProps` from SvelteKit (with a doc line above). No source file here grows past 250 lines.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../src');

/** The folders whose components follow the rules (the chart folders' own layers aside). */
const FOLDERS = [
	'lib/charts',
	'lib/charts/layers',
	'lib/charts/drones',
	'lib/charts/timeline',
	'lib/components',
	'lib/scrolly',
	'lib/sources',
	'lib/embed',
	'lib/share'
];

const inFolder = (dir: string, ext: RegExp) =>
	readdirSync(join(SRC, dir))
		.filter((f) => ext.test(f) && statSync(join(SRC, dir, f)).isFile())
		.map((f) => join(dir, f));

function routes(dir = 'routes'): string[] {
	return readdirSync(join(SRC, dir)).flatMap((name) => {
		const path = join(dir, name);
		return statSync(join(SRC, path)).isDirectory() ? routes(path) : [path];
	});
}

const COMPONENTS = [
	...FOLDERS.flatMap((d) => inFolder(d, /\.svelte$/)),
	...routes().filter((f) => f.endsWith('.svelte'))
];

/** The shared props types, each prop documented where the type is. */
const SHARED = { file: 'lib/charts/layers/props.ts', types: ['ViewProps', 'KeyProps'] };

/** How a component may type its props: its own, a shared type, or its route's (SvelteKit). */
export const TYPED = /: (Props|(ViewProps|KeyProps)<[^>]+>|PageProps|LayoutProps) = \$props\(\)/;
/** A route's SvelteKit props, with a doc line just above saying what they carry. */
export const ROUTE_DOC = /\/\*\*.*\*\/\n\s*let \{[^}]*\}: (PageProps|LayoutProps) = \$props\(\)/;

/** The props of `interface Props { … }` (or another named interface) with no doc comment just above. */
export function undocumented(source: string, name = 'Props'): string[] {
	const start = source.search(new RegExp(`interface ${name}\\b[^{]*\\{`));
	if (start < 0) return [];
	const lines = source.slice(source.indexOf('{', start) + 1).split('\n');
	const missing: string[] = [];
	let depth = 1;
	let documented = false;
	for (const line of lines) {
		const t = line.trim();
		const prop = depth === 1 && /^(\w+)\??:/.exec(t);
		if (prop && !documented) missing.push(prop[1]);
		if (t) documented = t.endsWith('*/');
		depth += (t.match(/[{(]/g) ?? []).length - (t.match(/[})]/g) ?? []).length;
		if (depth <= 0) break;
	}
	return missing;
}

describe('the rule checker itself', () => {
	it('finds props without a doc line, at the top level only', () => {
		const src = `interface Props {\n\t/** Doc. */\n\ta: number;\n\tb: { c: string };\n\t/**\n\t * Long.\n\t */\n\td?: () => void;\n}`;
		expect(undocumented(src)).toEqual(['b']);
		expect(undocumented(src.replace('Props', 'ViewProps<V>'), 'ViewProps')).toEqual(['b']);
	});
	it('takes a shared or route props type, and no other', () => {
		expect(TYPED.test('let { view }: ViewProps<DronesView> = $props();')).toBe(true);
		expect(TYPED.test("let { items }: KeyProps<AidView['key'][number]> = $props();")).toBe(true);
		expect(TYPED.test('let { view }: { view: DronesView } = $props();')).toBe(false);
		expect(TYPED.test('let { view }: ViewProps = $props();')).toBe(false);
		expect(ROUTE_DOC.test('\tlet { data }: PageProps = $props();')).toBe(false);
		expect(
			ROUTE_DOC.test('\t/** `data`: the story. */\n\tlet { data }: PageProps = $props();')
		).toBe(true);
	});
});

describe('house rules', () => {
	it('finds the components', () => expect(COMPONENTS.length).toBeGreaterThan(20));
	for (const file of COMPONENTS) {
		const source = readFileSync(join(SRC, file), 'utf8');
		it(`${file}: an @component comment, typed Props with a doc line each`, () => {
			expect(source).toMatch(/^<!--\s*@component\b/);
			if (/\$props\(\)/.test(source)) {
				expect(source).toMatch(TYPED);
				expect(undocumented(source)).toEqual([]);
				if (/: (PageProps|LayoutProps) =/.test(source)) expect(source).toMatch(ROUTE_DOC);
			}
		});
	}
	it(`${SHARED.file}: a doc line for each prop of each shared props type`, () => {
		const source = readFileSync(join(SRC, SHARED.file), 'utf8');
		for (const name of SHARED.types) {
			expect(source).toMatch(new RegExp(`export interface ${name}\\b`));
			expect(undocumented(source, name), name).toEqual([]);
		}
	});
	// Line counts here leave out the chart folders' own modules (their views and data).
	const files = [
		...FOLDERS.filter((d) => !/^lib\/charts\/(drones|timeline)$/.test(d)).flatMap((d) =>
			inFolder(d, /\.(svelte|ts|js)$/)
		),
		...routes().filter((f) => /\.(svelte|ts|js)$/.test(f))
	];
	it('no file over 250 lines', () => {
		const long = files
			.map((f) => [f, readFileSync(join(SRC, f), 'utf8').split('\n').length - 1])
			.filter(([, n]) => (n as number) > 250);
		expect(long).toEqual([]);
	});
});
