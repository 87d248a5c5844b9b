// Each target of budget.json's `targets` against the medians. The floor is a reference, not a
// page readers get: it has no targets of its own; the story's LCP is checked against it.

/** @typedef {import('./common.js').TargetCheck} TargetCheck */
/** @typedef {import('./common.js').PageResult} PageResult */
/** @typedef {import('./common.js').SizeResult} SizeResult */

/**
 * @typedef {{ performance: number, embedPerformance?: number, accessibility: number,
 *   bestPractices: number, seo: number, cls: number, lcpMs: number, tbtMs: number,
 *   lcpFloorRatio?: number, scrollLongTaskMs: number, scrollSlowFramePct: number }} Targets
 */

/** Story LCP over floor LCP, or NaN when either is missing. @param {Record<string, PageResult>} lh */
export const floorRatio = (lh) =>
	(lh.story?.median?.lcpMs ?? NaN) / (lh.floor?.median?.lcpMs ?? NaN);

/** The name of a scroll check at a size. @param {string} size @param {string} what */
export const scrollCheck = (size, what) => `scroll ${size.replace('x', '×')}: ${what}`;

/**
 * @param {{ targets: Targets, lighthouse: Record<string, PageResult>, scroll: SizeResult[] }} o
 * @returns {TargetCheck[]}
 */
export function targetChecks({ targets, lighthouse, scroll }) {
	/** @type {TargetCheck[]} */
	const checks = [];
	/**
	 * @param {string} name @param {string} page @param {number | undefined} value
	 * @param {string} target @param {(v: number) => boolean} ok
	 */
	const check = (name, page, value, target, ok) => {
		const known = value !== undefined && Number.isFinite(value);
		checks.push({ name, page, value: known ? value : null, target, met: known ? ok(value) : null });
	};
	for (const [page, result] of Object.entries(lighthouse)) {
		if (page === 'floor') continue;
		const m = result.median;
		const perf =
			page.startsWith('embed/') && targets.embedPerformance !== undefined
				? targets.embedPerformance
				: targets.performance;
		check('performance', page, m?.performance, `≥ ${perf}`, (v) => v >= perf);
		check(
			'accessibility',
			page,
			m?.accessibility,
			`= ${targets.accessibility}`,
			(v) => v >= targets.accessibility
		);
		check(
			'best practices',
			page,
			m?.bestPractices,
			`= ${targets.bestPractices}`,
			(v) => v >= targets.bestPractices
		);
		check('SEO', page, m?.seo, `= ${targets.seo}`, (v) => v >= targets.seo);
		check('CLS', page, m?.cls, `= ${targets.cls}`, (v) => v <= targets.cls);
		check('LCP', page, m?.lcpMs, `≤ ${targets.lcpMs} ms`, (v) => v <= targets.lcpMs);
		check('TBT', page, m?.tbtMs, `≤ ${targets.tbtMs} ms`, (v) => v <= targets.tbtMs);
	}
	const ratioTarget = targets.lcpFloorRatio;
	if (lighthouse.story && lighthouse.floor && ratioTarget !== undefined)
		check(
			'LCP / floor LCP',
			'story',
			floorRatio(lighthouse),
			`≤ ${ratioTarget}`,
			(v) => v <= ratioTarget
		);
	for (const { size, pages } of scroll) {
		const m = pages.story?.median;
		if (!pages.story) continue;
		check(scrollCheck(size, 'long tasks > 50 ms'), 'story', m?.longTasks, '= 0', (v) => v === 0);
		check(
			scrollCheck(size, 'longest task'),
			'story',
			m?.longestTaskMs,
			`≤ ${targets.scrollLongTaskMs} ms`,
			(v) => v <= targets.scrollLongTaskMs
		);
		check(
			scrollCheck(size, 'frames > 33 ms'),
			'story',
			m?.slowFramePct,
			`≤ ${targets.scrollSlowFramePct} %`,
			(v) => v <= targets.scrollSlowFramePct
		);
	}
	return checks;
}

/**
 * The line that sums the checks up, with each missed target.
 * @param {TargetCheck[]} checks
 */
export function checkSummary(checks) {
	const missed = checks.filter((c) => c.met === false);
	const unknown = checks.filter((c) => c.met === null);
	/** @param {TargetCheck} c */
	const value = (c) =>
		c.value === null
			? '–'
			: Number(
					c.value.toFixed(
						c.name === 'CLS' || c.name.includes('/') ? 3 : c.name.includes('frames') ? 2 : 0
					)
				);
	return (
		`${checks.length - missed.length - unknown.length} of ${checks.length} targets met` +
		(missed.length
			? `; missed:\n  ${missed.map((c) => `${c.page}: ${c.name} ${value(c)} (target ${c.target})`).join('\n  ')}`
			: '.') +
		(unknown.length
			? `\nNot measured: ${unknown.map((c) => `${c.page} ${c.name}`).join(', ')}`
			: '')
	);
}

/** The share of frames over 33 ms above which the floor's scroll says the machine was busy. */
export const FLOOR_SLOW_FRAME_PCT = 0.5;

/**
 * Why this run's figures may say more of the machine than of the story: the floor runs no
 * script, so on a quiet machine it blocks nothing and drops next to no frame (TBT 0–20 ms,
 * 0.04–0.23 % of frames over 33 ms in each run of 4 Dec 2026). When the floor's medians miss
 * the story's TBT target, count a long task while scrolling, or drop more than
 * FLOOR_SLOW_FRAME_PCT % of its frames, other work most likely shared the CPU: in such runs the
 * story's share of slow frames was three to four times a quiet run's (4.6–6.1 % against 1.5–2.0 %)
 * and its TBT about seven times (333 ms against about 45). Empty when the floor looks quiet, or
 * was not measured. Only the floor is judged: the story's figures are what is being measured.
 * @param {{ targets: Targets, lighthouse: Record<string, PageResult>, scroll: SizeResult[] }} o
 * @returns {string[]}
 */
export function busyMachine({ targets, lighthouse, scroll }) {
	const reasons = [];
	const tbt = lighthouse.floor?.median?.tbtMs;
	if (tbt !== undefined && tbt > targets.tbtMs)
		reasons.push(`the floor's TBT is ${tbt.toFixed(0)} ms (over ${targets.tbtMs})`);
	for (const { size, pages } of scroll) {
		const m = pages.floor?.median;
		if (!m) continue;
		const at = size.replace('x', '×');
		// Medians: of an even number of runs, a mean of two (0.5 long tasks, 0.125 %).
		if (m.longTasks > 0)
			reasons.push(
				`the floor's median run had ${m.longTasks} long task(s) while scrolling at ${at}`
			);
		if (m.slowFramePct > FLOOR_SLOW_FRAME_PCT)
			reasons.push(
				`the floor dropped ${m.slowFramePct.toFixed(2)} % of its frames at ${at} (over ${FLOOR_SLOW_FRAME_PCT} %)`
			);
	}
	return reasons;
}
