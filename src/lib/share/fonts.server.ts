// The DejaVu faces images are set in (an npm package, so every machine renders the same),
// and their advance widths read from the font files, to measure text: resvg cannot wrap
// text, so every line break is ours (text.server.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
