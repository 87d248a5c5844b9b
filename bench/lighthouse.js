// Lighthouse (mobile, default simulated throttling) on each page, each run in a fresh Chromium.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_FLAGS, medians, message, secs } from './common.js';

/** @typedef {import('./common.js').LhMetrics} LhMetrics */
/** @typedef {import('./common.js').Finding} Finding */
/** @typedef {import('./common.js').PageResult} PageResult */

const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * @param {import('lighthouse').Result} lhr
 * @returns {LhMetrics}
 */
export function lhMetrics(lhr) {
	/** @param {string} id */
	const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
	/** @param {string} id */
	const score = (id) => {
		const s = lhr.categories[id]?.score;
		return s === null || s === undefined ? NaN : Math.round(s * 100);
	};
	const items =
		/** @type {{ resourceType: string, transferSize: number, requestCount: number }[]} */ (
			/** @type {any} */ (lhr.audits['resource-summary']?.details)?.items ?? []
		);
	/** @param {string} type */
	const summary = (type) => items.find((i) => i.resourceType === type);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: num('largest-contentful-paint'),
		tbtMs: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		siMs: num('speed-index'),
		fcpMs: num('first-contentful-paint'),
		jsBytes: summary('script')?.transferSize ?? NaN,
		totalBytes: summary('total')?.transferSize ?? num('total-byte-weight'),
		requests: summary('total')?.requestCount ?? NaN
	};
}

/**
 * What keeps a report from full marks: failed audits of every category.
 * @param {import('lighthouse').Result} lhr
 * @returns {Finding[]}
 */
export function findings(lhr) {
	/** @type {Finding[]} */
	const out = [];
	for (const [cat, category] of Object.entries(lhr.categories)) {
		for (const ref of category.auditRefs) {
			const a = lhr.audits[ref.id];
			if (!a || a.score === null || a.score >= 1) continue;
			if (['notApplicable', 'manual', 'informative', 'error'].includes(a.scoreDisplayMode))
				continue;
			if (cat === 'performance' && ref.weight === 0 && a.score >= 0.9) continue;
			out.push({
				id: a.id,
				category: cat,
				title: a.title,
				score: a.score,
				displayValue: a.displayValue,
				savings: /** @type {Record<string, number> | undefined} */ (a.metricSavings)
			});
		}
	}
	return out;
}

/**
 * The first five items of an audit's table, URLs relative to the origin.
 * @param {import('lighthouse').Result} lhr @param {string} id @param {string} key
 * @param {string} origin
 */
function topItems(lhr, id, key, origin) {
	const items = /** @type {Record<string, any>[]} */ (
		/** @type {any} */ (lhr.audits[id]?.details)?.items ?? []
	);
	return items.slice(0, 5).map((i) => ({
		url: String(i.url ?? '').replace(origin, ''),
		ms: Math.round(Number(i[key]) || 0)
	}));
}

/** @param {string} url @param {string} chromePath */
async function lighthouseRun(url, chromePath) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
			disableFullPageScreenshot: true
		});
		if (!result) throw new Error('Lighthouse returned nothing');
		if (result.lhr.runtimeError)
			throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
		return result.lhr;
	} finally {
		await chrome.kill();
	}
}

/**
 * Runs Lighthouse `runs` times on each page, the pages taking turns within each round so that
 * the story and its floor meet the machine's load alike, and takes the median of each figure.
 * @param {{ pages: string[], runs: number, urlOf: (page: string) => string, origin: string,
 *   chromePath: string, lhrDir?: string }} o
 * @returns {Promise<Record<string, PageResult>>}
 */
export async function benchLighthouse({ pages, runs, urlOf, origin, chromePath, lhrDir }) {
	/** @type {Record<string, PageResult>} */
	const results = {};
	/** @type {Record<string, import('lighthouse').Result[]>} */
	const reports = {};
	for (const page of pages) {
		results[page] = { runs: [], errors: [], median: null, findings: [] };
		reports[page] = [];
	}
	for (let i = 1; i <= runs; i++) {
		for (const page of pages) {
			const t = Date.now();
			process.stdout.write(`Lighthouse ${page} ${i}/${runs}… `);
			try {
				const lhr = await lighthouseRun(urlOf(page), chromePath);
				const m = lhMetrics(lhr);
				reports[page].push(lhr);
				results[page].runs.push({
					...m,
					ms: Date.now() - t,
					benchmarkIndex: lhr.environment?.benchmarkIndex
				});
				console.log(
					`perf ${m.performance}, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms (${secs(Date.now() - t)})`
				);
			} catch (e) {
				results[page].errors.push(message(e));
				console.log(`failed: ${message(e)}`);
			}
		}
	}
	for (const page of pages) {
		const result = results[page];
		const ms = result.runs.map(({ ms, benchmarkIndex, ...m }) => m);
		result.median = medians(ms);
		if (!reports[page].length) continue;
		// The run whose performance score is the median stands for the page's diagnostics.
		const order = reports[page]
			.map((lhr, i) => ({ lhr, p: ms[i].performance }))
			.sort((a, b) => a.p - b.p);
		const rep = order[(order.length - 1) >> 1].lhr;
		result.findings = findings(rep);
		result.longTasks = topItems(rep, 'long-tasks', 'duration', origin);
		result.bootup = topItems(rep, 'bootup-time', 'total', origin);
		if (lhrDir)
			writeFileSync(
				join(lhrDir, `results-lhr-${page.replace('/', '-')}.json`),
				JSON.stringify(rep)
			);
	}
	return results;
}
