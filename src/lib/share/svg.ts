// Small helpers for writing SVG as text: elements, and numbers that stay short.
import { esc } from '$lib/html';

/** A coordinate rounded to 0.01 px: exact enough, and far shorter than 17 digits. */
export function num(v: number): string {
	if (!Number.isFinite(v)) throw new Error(`share: not a finite number (${v})`);
	return String(Math.round(v * 100) / 100);
}

type Attr = string | number | null | undefined | false;

/** An element with attributes (null, undefined and false are left out) and optional content. */
export function el(name: string, attrs: Record<string, Attr>, content?: string): string {
	const a = Object.entries(attrs)
		.filter(([, v]) => v !== null && v !== undefined && v !== false)
		.map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v as string)}"`)
		.join('');
	return content === undefined ? `<${name}${a}/>` : `<${name}${a}>${content}</${name}>`;
}

/** A drawing in px: its size and its SVG markup (defs first, for patterns it uses). */
export interface Drawing {
	width: number;
	height: number;
	body: string;
}
