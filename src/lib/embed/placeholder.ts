// The room an embed's placeholder holds before any script runs. The snippet's
// <div data-within-range> carries one inline style, a padding whose percentages are of the
// div's own width (padding percentages are of the containing block's width, which is the
// div's), so the host's first paint already leaves about the chart's height at that width:
//   padding-bottom: calc(A px + S% + steps…)
// A line in the width, plus at most a few steps and bends at the page's layout changes (a
// `clamp()` for a jump, a `min()`/`max()` for a change of slope), fitted at build time to
// the heights table (heights.json) over the widths hosts give embeds. The loader clears it as
// it mounts the iframe at the exact height from the same table.
import { reservedHeight, type HeightRow } from './reserve';

/** The widths fitted: the narrowest usual host column to a full-width desktop host. */
export const FIT_FROM = 280;
export const FIT_TO = 1300;
/** Where a step or bend may go: the page's layout changes (scripts/embed-heights.js) and its max-width. */
export const FIT_EDGES = [312, 432, 561, 592, 752, 1152];
/** At most this many steps and bends beyond the line, so the snippet stays short. */
export const FIT_TERMS = 4;
/**
 * The most a placeholder may be off its page's height at any width fitted, in px: checked for
 * every page by tests/unit/embed-heights.test.ts, and on a host page by embed-cls.test.ts.
 */
export const FIT_WORST = 80;
/** A term is kept only when it lowers the worst error over the widths by this much, in px. */
const WORTH = 8;

/** A jump of `by` px from width `at` on, or (bend) a change of slope by `by` from `at` on. */
export interface FitTerm {
	kind: 'jump' | 'bend';
	at: number;
	by: number;
}

/** height ≈ height + slope × width + the terms, in px, at a width. */
export interface PlaceholderFit {
	height: number;
	/** px per px of width, written as a percentage (slope × 100 %). */
	slope: number;
	terms: FitTerm[];
}

const termAt = (t: FitTerm, w: number) =>
	t.kind === 'bend'
		? t.by * Math.max(0, w - t.at)
		: // The jump's ramp takes the width just below its edge: whole widths land on a side.
			Math.min(Math.max(t.by * (w - t.at + 1), Math.min(0, t.by)), Math.max(0, t.by));

/** The placeholder's height at a width, as the browser computes the style (never below 0). */
export function placeholderHeight(fit: PlaceholderFit, width: number): number {
	const h = fit.height + fit.slope * width + fit.terms.reduce((s, t) => s + termAt(t, width), 0);
	return Math.max(0, h);
}

/** Weighted least squares over columns; Lawson's reweighting turns it into the least worst error. */
function solve(
	cols: Float64Array[],
	y: Float64Array,
	weights: Float64Array,
	stride: number
): number[] | null {
	const n = cols.length;
	const m = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
	for (let a = 0; a < n; a++) {
		for (let b = a; b < n; b++) {
			let sum = 0;
			for (let i = 0; i < y.length; i += stride) sum += weights[i] * cols[a][i] * cols[b][i];
			m[a][b] = m[b][a] = sum;
		}
		let sum = 0;
		for (let i = 0; i < y.length; i += stride) sum += weights[i] * cols[a][i] * y[i];
		m[a][n] = sum;
	}
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
		[m[c], m[p]] = [m[p], m[c]];
		if (Math.abs(m[c][c]) < 1e-9) return null;
		for (let r = 0; r < n; r++)
			if (r !== c) {
				const f = m[r][c] / m[c][c];
				for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
			}
	}
	return m.map((row, i) => row[n] / row[i]);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits || 0;

const WIDTHS = Array.from({ length: FIT_TO - FIT_FROM + 1 }, (_, i) => FIT_FROM + i);
/** A term of size 1 at each width fitted (at whole widths a term is linear in its size). */
const column = (t: Omit<FitTerm, 'by'>) =>
	Float64Array.from(WIDTHS, (w) => termAt({ ...t, by: 1 }, w));
const ONE = Float64Array.from(WIDTHS, () => 1);
const WIDTH = Float64Array.from(WIDTHS);

/** The fit with these terms (coefficients rounded as the style writes them), and its worst error. */
function fitWith(
	y: Float64Array,
	shape: { kind: FitTerm['kind']; at: number; col: Float64Array }[],
	rounds: number,
	/** 1: every width; the search for terms looks at every third. */
	stride = 1
): { fit: PlaceholderFit; worst: number } | null {
	const cols = [ONE, WIDTH, ...shape.map((t) => t.col)];
	const weights = new Float64Array(y.length).fill(1);
	let best: { fit: PlaceholderFit; worst: number } | null = null;
	const errors = new Float64Array(y.length);
	for (let k = 0; k < rounds; k++) {
		const c = solve(cols, y, weights, stride);
		if (!c) break;
		const fit: PlaceholderFit = {
			height: Math.round(c[0]),
			slope: round(c[1], 4),
			terms: shape.map((t, i) => ({
				kind: t.kind,
				at: t.at,
				by: t.kind === 'jump' ? Math.round(c[i + 2]) : round(c[i + 2], 3)
			}))
		};
		const coef = [fit.height, fit.slope, ...fit.terms.map((t) => t.by)];
		let worst = 0;
		let total = 0;
		for (let i = 0; i < y.length; i += stride) {
			let h = 0;
			for (let j = 0; j < cols.length; j++) h += coef[j] * cols[j][i];
			errors[i] = Math.abs(Math.max(0, h) - y[i]);
			worst = Math.max(worst, errors[i]);
			total += weights[i] * errors[i];
		}
		if (!best || worst < best.worst) best = { fit, worst };
		for (let i = 0; i < y.length; i += stride)
			weights[i] = (weights[i] * errors[i]) / (total || 1) + 1e-9;
	}
	return best;
}

/** The worst error of a fit over the widths fitted, in px. */
export function fitError(
	row: HeightRow,
	fit: PlaceholderFit,
	from = FIT_FROM,
	to = FIT_TO
): number {
	let worst = 0;
	for (let w = from; w <= to; w++)
		worst = Math.max(worst, Math.abs(placeholderHeight(fit, w) - reservedHeight(row, w)));
	return worst;
}

const fits = new Map<string, PlaceholderFit>();

/**
 * The placeholder's fit to one embed page's heights: a line, then, one at a time, the step
 * or bend at a layout edge that lowers the worst error most, while it lowers it by WORTH px.
 */
export function placeholderFit(row: HeightRow): PlaceholderFit {
	const key = JSON.stringify(row);
	const known = fits.get(key);
	if (known) return known;
	const y = Float64Array.from(WIDTHS, (w) => reservedHeight(row, w));
	const candidates = FIT_EDGES.flatMap((at) =>
		(['jump', 'bend'] as const).map((kind) => ({ kind, at, col: column({ kind, at }) }))
	);
	let shape: typeof candidates = [];
	let current = fitWith(y, shape, 3, 3)!;
	for (let n = 0; n < FIT_TERMS; n++) {
		let next: { shape: typeof shape; worst: number } | null = null;
		for (const c of candidates) {
			if (shape.includes(c)) continue;
			const s = [...shape, c].sort((a, b) => a.at - b.at);
			const worst = fitWith(y, s, 2, 3)?.worst ?? Infinity;
			if (!next || worst < next.worst) next = { shape: s, worst };
		}
		if (!next || next.worst > current.worst - WORTH) break;
		shape = next.shape;
		current = fitWith(y, shape, 3, 3)!;
	}
	const fit = (fitWith(y, shape, 12) ?? current).fit;
	fits.set(key, fit);
	return fit;
}

const px = (x: number) => `${x}px`;

/** The fit as the placeholder's inline style: one padding, percentages of its own width. */
export function placeholderStyle(fit: PlaceholderFit): string {
	let sum = px(fit.height);
	if (fit.slope) sum += ` ${fit.slope < 0 ? '-' : '+'} ${round(Math.abs(fit.slope) * 100, 2)}%`;
	for (const t of fit.terms) {
		const ramp = `(100% - ${px(t.at - (t.kind === 'jump' ? 1 : 0))}) * ${t.by}`;
		const term =
			t.kind === 'bend'
				? `${t.by < 0 ? 'min' : 'max'}(0px, ${ramp})`
				: `clamp(${px(Math.min(0, t.by))}, ${ramp}, ${px(Math.max(0, t.by))})`;
		sum += ` + ${term}`;
	}
	return `padding-bottom:calc(${sum})`;
}
