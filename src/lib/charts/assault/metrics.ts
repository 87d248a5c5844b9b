// The type metrics the assault layout reserves room by, and the lines a label's words take.
import type { LabelPart } from './view';

// Type metrics the layout reserves room by (DejaVu Sans, the widest common system-ui face,
// so other faces only leave more room). Line heights match the CSS of Labels.svelte.
export const METRICS = {
	/** A section label's rule and the space under it. */
	sectionRule: 8,
	sectionTitle: 20,
	line: 18,
	charTitle: 9.2,
	charGroupTitle: 8.6,
	char: 7.8,
	swatch: 18,
	partGap: 12
} as const;
/** The compact layout's tighter type metrics (Labels.svelte's .compact styles). */
export const COMPACT_METRICS = { ...METRICS, sectionRule: 5, sectionTitle: 18, line: 17 } as const;

/** How many lines a run of parts takes at this width, wrapping between parts. */
export function partLines(parts: LabelPart[], width: number): number {
	let lines = 1;
	let used = 0;
	for (const p of parts) {
		const w = (p.swatch ? METRICS.swatch : 0) + p.text.length * METRICS.char;
		if (used > 0 && used + METRICS.partGap + w > width) {
			lines += 1;
			used = 0;
		}
		if (w > width) {
			lines += Math.ceil(w / width) - 1;
			used = w % width;
		} else used += (used > 0 ? METRICS.partGap : 0) + w;
	}
	return lines;
}

/** How many lines a bold title and its parts take, written on one line and wrapped. */
export function inlineLines(title: string, parts: LabelPart[], width: number): number {
	const pad = Math.ceil((title.length * METRICS.charGroupTitle) / METRICS.char);
	return partLines([{ text: 'x'.repeat(pad), swatch: null }, ...parts], width);
}
