// Type for images rendered at build time: the DejaVu faces (an npm package, so every machine
// renders the same), their advance widths read from the font files to measure and wrap text,
// and SVG text written in them. resvg cannot wrap text: every line break is ours.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { el, esc } from './svg';

export type Face = 'sans' | 'sans-bold' | 'serif' | 'serif-bold';

const FILES: Record<Face, string> = {
	sans: 'DejaVuSans.ttf',
	'sans-bold': 'DejaVuSans-Bold.ttf',
	serif: 'DejaVuSerif.ttf',
	'serif-bold': 'DejaVuSerif-Bold.ttf'
};

const FONT_DIR = join(
	dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
	'ttf'
);

/** The font files resvg loads (system fonts stay out, so output never depends on the host). */
export const FONT_FILES = Object.values(FILES).map((f) => join(FONT_DIR, f));

// Downloads are opened in other tools too: name fallbacks after the face we measured with.
const FAMILY: Record<Face, string> = {
	sans: "'DejaVu Sans', Verdana, sans-serif",
	'sans-bold': "'DejaVu Sans', Verdana, sans-serif",
	serif: "'DejaVu Serif', Georgia, serif",
	'serif-bold': "'DejaVu Serif', Georgia, serif"
};

interface Metrics {
	unitsPerEm: number;
	advance: (codePoint: number) => number;
}

/** Advance widths from a TrueType file: the cmap (format 12 or 4) and hmtx tables. */
function readMetrics(buf: Buffer): Metrics {
	const tables = new Map<string, number>();
	for (let i = 0; i < buf.readUInt16BE(4); i++) {
		const o = 12 + 16 * i;
		tables.set(buf.toString('latin1', o, o + 4), buf.readUInt32BE(o + 8));
	}
	const at = (tag: string) => {
		const o = tables.get(tag);
		if (o === undefined) throw new Error(`font has no ${tag} table`);
		return o;
	};
	const unitsPerEm = buf.readUInt16BE(at('head') + 18);
	const hMetrics = buf.readUInt16BE(at('hhea') + 34);
	const hmtx = at('hmtx');
	const cmap = at('cmap');
	let glyphOf: (cp: number) => number = () => 0;
	const subtables = Array.from({ length: buf.readUInt16BE(cmap + 2) }, (_, i) => ({
		platform: buf.readUInt16BE(cmap + 4 + i * 8),
		encoding: buf.readUInt16BE(cmap + 6 + i * 8),
		offset: cmap + buf.readUInt32BE(cmap + 8 + i * 8)
	}));
	const full = subtables.find(
		(s) => s.platform === 3 && s.encoding === 10 && buf.readUInt16BE(s.offset) === 12
	);
	const bmp = subtables.find(
		(s) => s.platform === 3 && s.encoding === 1 && buf.readUInt16BE(s.offset) === 4
	);
	if (full) {
		const groups = buf.readUInt32BE(full.offset + 12);
		glyphOf = (cp) => {
			for (let g = 0; g < groups; g++) {
				const o = full.offset + 16 + g * 12;
				const start = buf.readUInt32BE(o);
				if (cp >= start && cp <= buf.readUInt32BE(o + 4))
					return buf.readUInt32BE(o + 8) + cp - start;
			}
			return 0;
		};
	} else if (bmp) {
		const o = bmp.offset;
		const segs = buf.readUInt16BE(o + 6) / 2;
		const ends = o + 14;
		const starts = ends + segs * 2 + 2;
		const deltas = starts + segs * 2;
		const ranges = deltas + segs * 2;
		glyphOf = (cp) => {
			for (let s = 0; s < segs; s++) {
				if (cp > buf.readUInt16BE(ends + s * 2)) continue;
				const start = buf.readUInt16BE(starts + s * 2);
				if (cp < start) return 0;
				const delta = buf.readInt16BE(deltas + s * 2);
				const range = buf.readUInt16BE(ranges + s * 2);
				if (range === 0) return (cp + delta) & 0xffff;
				const g = buf.readUInt16BE(ranges + s * 2 + range + (cp - start) * 2);
				return g === 0 ? 0 : (g + delta) & 0xffff;
			}
			return 0;
		};
	}
	const cache = new Map<number, number>();
	return {
		unitsPerEm,
		advance: (cp) => {
			let w = cache.get(cp);
			if (w === undefined) {
				const g = glyphOf(cp);
				w = buf.readUInt16BE(hmtx + 4 * Math.min(g, hMetrics - 1));
				cache.set(cp, w);
			}
			return w;
		}
	};
}

const metrics = new Map<Face, Metrics>();
function metricsOf(face: Face): Metrics {
	let m = metrics.get(face);
	if (!m) {
		m = readMetrics(readFileSync(join(FONT_DIR, FILES[face])));
		metrics.set(face, m);
	}
	return m;
}

/** The width of a line of text in px (kerning left out: real lines are never wider). */
export function textWidth(text: string, size: number, face: Face = 'sans'): number {
	const m = metricsOf(face);
	let units = 0;
	for (const ch of text) units += m.advance(ch.codePointAt(0) ?? 0);
	return (units / m.unitsPerEm) * size;
}

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
	const words = text.split(/\s+/).filter(Boolean);
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
	/** A halo in this colour keeps the text legible over marks (map labels). */
	halo?: string;
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
				esc(content)
			)
		: '';
	return halo + el('text', { ...attrs, fill: style.fill }, esc(content));
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
				spans.replace(/ fill="[^"]*"/g, '')
			)
		: '';
	return halo + el('text', { ...attrs, fill: style.fill }, spans);
}

/** Shortens text with an ellipsis until it fits maxWidth. */
export function truncate(content: string, maxWidth: number, size: number, face: Face = 'sans') {
	if (textWidth(content, size, face) <= maxWidth) return content;
	let s = content;
	while (s && textWidth(`${s}…`, size, face) > maxWidth) s = s.slice(0, -1);
	return `${s.trimEnd()}…`;
}
