// The printed report: Lighthouse medians of each page, the story beside its floor, and the
// scroll runs at each size, each figure with its target's mark (and with --compare, its change).
import { fmt } from '../scripts/budget.js';
import { floorRatio, scrollCheck } from './checks.js';

/** @typedef {import('./common.js').TargetCheck} TargetCheck */
/** @typedef {import('./common.js').PageResult} PageResult */
/** @typedef {import('./common.js').SizeResult} SizeResult */
/** @typedef {import('./common.js').ScrollMetrics} ScrollMetrics */
/** @typedef {(n: number) => string} Format */

/** @param {string[][]} rows @param {number[]} [left] columns aligned left */
export function table(rows, left = [0]) {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows
		.map((r) =>
			r
				.map((c, i) =>
					left.includes(i) ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i])
				)
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

/** @type {Format} */ const fmtMs = (n) => fmt(Math.round(n));
/** @type {Format} */ const fmtKb = (n) => (n / 1000).toFixed(1);
/** @type {Format} */ const fmtCls = (n) => n.toFixed(3);
/** @type {Format} */ const fmtInt = (n) => String(Math.round(n));
/** @type {Format} */ const fmt1 = (n) => n.toFixed(1);
/** @type {Format} */ const fmt2 = (n) => n.toFixed(2);

/** @param {boolean | null | undefined} met */
const mark = (met) => (met === null || met === undefined ? ' ' : met ? '✓' : '✗');

/**
 * @param {{ checks: TargetCheck[], previous: any, targets: import('./checks.js').Targets,
 *   runs: number, lighthouseVersion: string, benchmarkIndex: number }} o
 */
export function reporter({ checks, previous, targets, runs, lighthouseVersion, benchmarkIndex }) {
	/** @param {string} name @param {string} page */
	const metOf = (name, page) => checks.find((c) => c.name === name && c.page === page)?.met;
	/** A figure with its change against the compared result. */
	const withDelta = (
		/** @type {number | undefined} */ v,
		/** @type {number | undefined} */ was,
		/** @type {Format} */ f
	) => {
		if (v === undefined || Number.isNaN(v)) return '–';
		if (!previous || was === undefined || was === null || Number.isNaN(was)) return f(v);
		const d = v - was;
		return `${f(v)} (${d >= 0 ? '+' : '−'}${f(Math.abs(d))})`;
	};
	const against = previous ? ' (change against the compared result)' : '';

	/** @param {Record<string, PageResult>} lh */
	function lighthouseTable(lh) {
		/** @type {string[][]} */
		const rows = [
			['page', 'perf', 'a11y', 'BP', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'SI ms', 'JS kB', 'total kB']
		];
		for (const [page, result] of Object.entries(lh)) {
			const m = result.median;
			const p = previous?.lighthouse?.[page]?.median;
			if (!m) {
				rows.push([page, 'failed']);
				continue;
			}
			/** @param {keyof typeof m} k @param {Format} f @param {string} [check] */
			const cell = (k, f, check) =>
				withDelta(m[k], p?.[k], f) + (check ? ` ${mark(metOf(check, page))}` : '');
			rows.push([
				page,
				cell('performance', fmtInt, 'performance'),
				cell('accessibility', fmtInt, 'accessibility'),
				cell('bestPractices', fmtInt, 'best practices'),
				cell('seo', fmtInt, 'SEO'),
				cell('lcpMs', fmtMs, 'LCP'),
				cell('tbtMs', fmtMs, 'TBT'),
				cell('cls', fmtCls, 'CLS'),
				cell('siMs', fmtMs),
				cell('jsBytes', fmtKb),
				cell('totalBytes', fmtKb)
			]);
		}
		return [
			`Lighthouse ${lighthouseVersion}, mobile, simulated throttling: medians of ${runs} run(s)${against}`,
			table(rows),
			`Targets: perf ≥ ${targets.performance}` +
				(targets.embedPerformance !== undefined ? ` (embeds ≥ ${targets.embedPerformance})` : '') +
				`; a11y, BP, SEO = 100; CLS = ${targets.cls}; LCP ≤ ${targets.lcpMs} ms; ` +
				`TBT ≤ ${targets.tbtMs} ms; the floor has none. ✓ met, ✗ missed. ` +
				`Lighthouse benchmarkIndex (median): ${Math.round(benchmarkIndex)}.`
		].join('\n');
	}

	/** @param {Record<string, PageResult>} lh */
	function floorTable(lh) {
		const s = lh.story?.median;
		const f = lh.floor?.median;
		if (!s || !f) return 'The story beside its floor: not measured (a Lighthouse run failed).';
		/** @type {[string, keyof typeof s, Format, 'ratio' | 'diff'][]} */
		const measures = [
			['performance', 'performance', fmtInt, 'diff'],
			['LCP (ms)', 'lcpMs', fmtMs, 'ratio'],
			['FCP (ms)', 'fcpMs', fmtMs, 'ratio'],
			['TBT (ms)', 'tbtMs', fmtMs, 'diff'],
			['CLS', 'cls', fmtCls, 'diff'],
			['transferred (kB)', 'totalBytes', fmtKb, 'diff'],
			['of it JS (kB)', 'jsBytes', fmtKb, 'diff'],
			['requests', 'requests', fmtInt, 'diff']
		];
		/** @type {string[][]} */
		const rows = [['measure', 'floor', 'story', 'story against floor']];
		for (const [label, k, fn, how] of measures) {
			const d = s[k] - f[k];
			const vs =
				how === 'ratio'
					? `${(s[k] / f[k]).toFixed(2)}×`
					: `${d >= 0 ? '+' : '−'}${fn(Math.abs(d))}`;
			rows.push([
				label,
				withDelta(f[k], previous?.lighthouse?.floor?.median?.[k], fn),
				withDelta(s[k], previous?.lighthouse?.story?.median?.[k], fn),
				k === 'lcpMs' && targets.lcpFloorRatio !== undefined
					? `${vs} ${mark(metOf('LCP / floor LCP', 'story'))}`
					: vs
			]);
		}
		return [
			`The story beside its floor (the same HTML without its scripts and modulepreloads): Lighthouse medians${against}`,
			table(rows),
			`Target: story LCP ≤ ${targets.lcpFloorRatio ?? '–'}× the floor's ` +
				`(now ${floorRatio(lh).toFixed(2)}×).`
		].join('\n');
	}

	/**
	 * @param {SizeResult[]} sizes
	 * @param {{ step: number, speed: number }} o
	 */
	function scrollTable(sizes, { step, speed }) {
		/** @type {{ size: SizeResult, page: string }[]} */
		const cols = sizes.flatMap((size) => Object.keys(size.pages).map((page) => ({ size, page })));
		/** @param {SizeResult} size @param {string} page */
		// Results from before the floor (one scroll run, 375×667 by mouse wheel) are not
		// compared: a different gesture.
		const was = (size, page) =>
			previous?.scroll?.sizes?.find((/** @type {any} */ x) => x.size === size.size)?.pages?.[page]
				?.median;
		/** @type {[string, keyof ScrollMetrics, Format, string, string][]} */
		const measures = [
			['long tasks > 50 ms', 'longTasks', fmtInt, 'long tasks > 50 ms', '0'],
			[
				'longest task (ms)',
				'longestTaskMs',
				fmtMs,
				'longest task',
				`≤ ${targets.scrollLongTaskMs}`
			],
			[
				'frames > 33 ms (%)',
				'slowFramePct',
				fmt2,
				'frames > 33 ms',
				`≤ ${targets.scrollSlowFramePct}`
			],
			['frames > 50 ms (%)', 'over50FramePct', fmt2, '', ''],
			['95th pct frame (ms)', 'p95FrameMs', fmt1, '', ''],
			['frames counted', 'frames', fmtMs, '', ''],
			['page height (px)', 'scrollHeight', fmtMs, '', ''],
			['charts hydrated', 'hydrations', fmtInt, '', ''],
			['longest hydration (ms)', 'hydrateMaxMs', fmtMs, '', ''],
			['all hydrations (ms)', 'hydrateTotalMs', fmtMs, '', ''],
			['load: long tasks', 'loadLongTasks', fmtInt, '', ''],
			['load: longest task (ms)', 'loadLongestTaskMs', fmtMs, '', '']
		];
		/** @type {string[][]} */
		const rows = [
			[
				'measure',
				...cols.map(
					({ size, page }) => `${page} ${size.width}×${size.height}${size.touch ? ' touch' : ''}`
				),
				'story target'
			]
		];
		for (const [label, k, fn, check, target] of measures)
			rows.push([
				label,
				...cols.map(({ size, page }) => {
					const m = size.pages[page].median;
					if (!m) return 'failed';
					const v = withDelta(m[k], was(size, page)?.[k], fn);
					return check && page === 'story'
						? `${v} ${mark(metOf(scrollCheck(size.size, check), 'story'))}`
						: v;
				}),
				target
			]);
		const n = Math.min(...cols.map(({ size, page }) => size.pages[page].runs.length));
		const errors = cols.flatMap(({ size, page }) =>
			size.pages[page].errors.map((e) => `  ${page} ${size.size}: ${e}`)
		);
		return [
			`Scroll runs: 4× CPU throttling, ${step} px steps at ${speed} px/s, top to bottom and back ` +
				`(mouse wheel on a desktop window; a finger's drags, isMobile, 2× pixels on a phone); medians of ${n} run(s)${against}`,
			table(rows),
			...(errors.length ? ['Failed runs:', ...errors] : [])
		].join('\n');
	}

	/**
	 * What Lighthouse flags on the median run of each page that misses a target.
	 * @param {Record<string, PageResult>} lh
	 */
	function flagged(lh) {
		const missed = checks.filter((c) => c.met === false);
		const pages = [...new Set(missed.map((c) => c.page))].filter((p) => lh[p]);
		if (!pages.length) return '';
		const lines = ['What Lighthouse flags (median run of each page missing a target):'];
		for (const page of pages) {
			const r = lh[page];
			const list = r.findings
				.map((f) => `${f.id}${f.displayValue ? ` (${f.displayValue})` : ''}`)
				.join(', ');
			lines.push(`  ${page}: ${list || 'nothing beyond the metrics'}`);
			if (r.longTasks?.length)
				lines.push(`    long tasks: ${r.longTasks.map((t) => `${t.ms} ms ${t.url}`).join(', ')}`);
		}
		return lines.join('\n');
	}

	return { lighthouseTable, floorTable, scrollTable, flagged };
}
