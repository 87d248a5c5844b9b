// Type for images rendered at build time: lines broken to a width, and SVG text written in
// the DejaVu faces (fonts.server.ts measures them).
import { el } from './svg';
import { esc } from '$lib/html';
import { textWidth, type Face } from './fonts.server';

export { textWidth, type Face };

// Downloads are opened in other tools too: name fallbacks after the face we measured with.
const FAMILY: Record<Face, string> = {
	sans: "'DejaVu Sans', Verdana, sans-serif",
	'sans-bold': "'DejaVu Sans', Verdana, sans-serif",
	serif: "'DejaVu Serif', Georgia, serif",
	'serif-bold': "'DejaVu Serif', Georgia, serif"
};

/** The font-family an image names for a face. */
export const family = (face: Face) => FAMILY[face];

/**
 * Breaks text into lines no wider than maxWidth, at spaces. With maxLines, the last line
 * ends in an ellipsis when the text runs longer.
 */
export function wrap(
	text: string,
	maxWidth: number,
	size: number,
	face: Face = 'sans',
	maxLines = Infinity
): string[] {
	// No break at a no-break space: "2 000" and "17 листопада" stay whole.
	const words = text.split(/[^\S\u00a0\u202f]+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		if (line && textWidth(next, size, face) > maxWidth) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last && textWidth(`${last}…`, size, face) > maxWidth) last = last.replace(/\s*\S+$/, '');
	kept[maxLines - 1] = `${last.replace(/[\s,;:.–-]+$/, '')}…`;
	return kept;
}

export interface TextStyle {
	size: number;
	face?: Face;
	fill: string;
	anchor?: 'start' | 'middle' | 'end';
	opacity?: number;
	/** Letter spacing in px (small capitals). */
	spacing?: number;
}

/** One line of text with its baseline at y. */
export function text(x: number, y: number, content: string, style: TextStyle): string {
	const face = style.face ?? 'sans';
	const attrs = {
		x,
		y,
		'font-family': FAMILY[face],
		'font-size': style.size,
		'font-weight': face.endsWith('bold') ? 700 : null,
		'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : null,
		'letter-spacing': style.spacing ?? null,
		opacity: style.opacity !== undefined && style.opacity < 1 ? style.opacity : null
	};
	return el('text', { ...attrs, fill: style.fill }, esc(content));
}

/** Lines of text from a top edge, `lineHeight` apart; returns the markup and its height. */
export function lines(
	x: number,
	top: number,
	content: string[],
	style: TextStyle & { lineHeight: number }
): { svg: string; height: number } {
	// The baseline sits where CSS would put it in a line box: half-leading, then the ascent.
	const baseline = (style.lineHeight - style.size) / 2 + style.size * 0.8;
	return {
		svg: content.map((l, i) => text(x, top + i * style.lineHeight + baseline, l, style)).join(''),
		height: content.length * style.lineHeight
	};
}
