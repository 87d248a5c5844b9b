// The light scheme's colours, resolved from src/styles/tokens.css: images rendered outside a
// browser (resvg) know neither var() nor light-dark(), so share cards and downloads get hex.
// Read from the project's folder (builds and tests run there): Vitest stubs CSS imports,
// even ?raw ones, to empty strings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const TOKENS_FILE = 'src/styles/tokens.css';

/** Every custom property declared on :root, as written (comments stripped). */
function declarations(text: string): Map<string, string> {
	const root = /:root\s*\{([^}]*)\}/.exec(text.replace(/\/\*[\s\S]*?\*\//g, ''));
	const out = new Map<string, string>();
	for (const m of (root?.[1] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
		out.set(m[1], m[2].trim());
	return out;
}

/** light-dark(a, b) → a; var(--x) → its value; recursively, so aliases resolve too. */
export function lightValue(value: string, props: Map<string, string>, depth = 0): string {
	if (depth > 8) throw new Error(`tokens.css: circular custom property in "${value}"`);
	const light = /^light-dark\(\s*([^,]+?)\s*,[^)]*\)$/.exec(value);
	if (light) return lightValue(light[1], props, depth + 1);
	const ref = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value);
	if (ref) {
		const target = props.get(ref[1]);
		if (target === undefined) throw new Error(`tokens.css: unknown custom property ${ref[1]}`);
		return lightValue(target, props, depth + 1);
	}
	return value;
}

const PROPS = declarations(readFileSync(resolve(TOKENS_FILE), 'utf8'));

/** The light-scheme value of a colour token, e.g. color('attack') → "#b4341f". */
export function color(name: string): string {
	const value = PROPS.get(`--color-${name}`);
	if (value === undefined) throw new Error(`tokens.css has no --color-${name}`);
	return lightValue(value, PROPS);
}

/** The value of a length token in px, e.g. length('size-xs') → 13 (a rem is 16px). */
export function length(name: string): number {
	const value = PROPS.get(`--${name}`);
	const m = value && /^([\d.]+)(rem|px)$/.exec(lightValue(value, PROPS));
	if (!m) throw new Error(`tokens.css has no length --${name} in rem or px`);
	return Number(m[1]) * (m[2] === 'rem' ? 16 : 1);
}

export { declarations as parseTokens };
