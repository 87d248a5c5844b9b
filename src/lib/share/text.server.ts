// Type for images rendered at build time: lines broken to a width, and SVG text written in
// the DejaVu faces (fonts.server.ts measures them).
import { el, esc } from './svg';
import { textWidth, type Face } from './fonts.server';

export { textWidth, type Face };

// Downloads are opened in other tools too: name fallbacks after the face we measured with.
const FAMILY: Record<Face, string> = {
	sans: "'DejaVu Sans', Verdana, sans-serif",
	'sans-bold': "'DejaVu Sans', Verdana, sans-serif",
	serif: "'DejaVu Serif', Georgia, serif",
	'serif-bold': "'DejaVu Serif', Georgia, serif"
};

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

/** Shortens text with an ellipsis until it fits maxWidth. */
export function truncate(content: string, maxWidth: number, size: number, face: Face = 'sans') {
	if (textWidth(content, size, face) <= maxWidth) return content;
	let s = content;
	while (s && textWidth(`${s}…`, size, face) > maxWidth) s = s.slice(0, -1);
	return `${s.trimEnd()}…`;
}

export interface TextStyle {
	size: number;
	face?: Face;
	fill: string;
	anchor?: 'start' | 'middle' | 'end';
	opacity?: number;
	/** Letter spacing in px (small capitals). */
	spacing?: number;
	/** A halo in this colour keeps the text legible over marks (map labels). */
	halo?: string;
}

/** A text element, over its halo where the style has one: the same text, stroked. */
function haloed(
	attrs: Parameters<typeof el>[1],
	style: TextStyle,
	content: string,
	haloContent = content
): string {
	const halo = style.halo
		? el(
				'text',
				{
					...attrs,
					fill: 'none',
					stroke: style.halo,
					'stroke-width': 3,
					'stroke-linejoin': 'round'
				},
				haloContent
			)
		: '';
	return halo + el('text', { ...attrs, fill: style.fill }, content);
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
	return haloed(attrs, style, esc(content));
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

/** A run of text in one face and colour, for lines that mix them. */
export interface Run {
	text: string;
	face?: Face;
	fill?: string;
}

/** The width of a line of runs. */
export function runsWidth(runs: Run[], size: number): number {
	return runs.reduce((w, r) => w + textWidth(r.text, size, r.face), 0);
}

/** One line of mixed runs with its baseline at y. */
export function runs(x: number, y: number, content: Run[], style: TextStyle): string {
	const face = style.face ?? 'sans';
	const spans = content
		.map((r) =>
			el(
				'tspan',
				{
					'font-weight': (r.face ?? face).endsWith('bold') ? 700 : null,
					fill: r.fill ?? null
				},
				esc(r.text)
			)
		)
		.join('');
	const attrs = {
		x,
		y,
		'font-family': FAMILY[face],
		'font-size': style.size,
		'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : null,
		opacity: style.opacity !== undefined && style.opacity < 1 ? style.opacity : null
	};
	// The halo's runs lose their own fills: it is one colour.
	return haloed(attrs, style, spans, spans.replace(/ fill="[^"]*"/g, ''));
}
