// What the bench's modules share: the Chromium to use, its flags, medians and a few formats.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

export const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * @typedef {{
 *   performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcpMs: number, tbtMs: number, cls: number, siMs: number, fcpMs: number,
 *   jsBytes: number, totalBytes: number, requests: number
 * }} LhMetrics
 * @typedef {{ id: string, category: string, title: string, score: number | null,
 *   displayValue?: string, savings?: Record<string, number> }} Finding
 * @typedef {{ runs: (LhMetrics & { ms: number, benchmarkIndex?: number })[], errors: string[],
 *   median: LhMetrics | null, findings: Finding[], longTasks?: { url: string, ms: number }[],
 *   bootup?: { url: string, ms: number }[] }} PageResult
 * @typedef {{ longTasks: number, longestTaskMs: number, slowFramePct: number, frames: number,
 *   p95FrameMs: number, over50FramePct: number, loadLongTasks: number, loadLongestTaskMs: number,
 *   scrollHeight: number, hydrations: number, hydrateMaxMs: number, hydrateTotalMs: number,
 *   ms: number }} ScrollMetrics
 * @typedef {{ runs: ScrollMetrics[], errors: string[], median: ScrollMetrics | null }} ScrollResult
 * @typedef {{ name: string, width: number, height: number, touch: boolean }} Size
 * @typedef {{ size: string, width: number, height: number, touch: boolean,
 *   pages: Record<string, ScrollResult> }} SizeResult
 * @typedef {{ name: string, page: string, value: number | null, target: string,
 *   met: boolean | null }} TargetCheck
 */

/** The Chromium to use: $CHROMIUM_PATH, else Debian's, else Playwright's download. */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		/* none */
	}
	throw new Error('No Chromium: set CHROMIUM_PATH, or install chromium.');
}

/**
 * Chromium as every bench tool drives it: headless through Playwright (so without the first
 * flag), `executablePath` as chromiumPath() finds it unless given.
 * @param {string} [executablePath]
 */
export const launchChromium = (executablePath = chromiumPath()) =>
	chromium.launch({ executablePath, args: CHROME_FLAGS.slice(1) });

/** The bench's scroll: steps of 500 px at 1,500 px/s (each tool's default, so all scroll alike). */
export const SCROLL = { step: 500, speed: 1500 };

/** @param {number[]} xs */
export function median(xs) {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return NaN;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median of each numeric field.
 * @template {Record<string, number>} T
 * @param {T[]} runs
 * @returns {T | null}
 */
export function medians(runs) {
	if (!runs.length) return null;
	/** @type {Record<string, number>} */
	const out = {};
	for (const k of Object.keys(runs[0])) out[k] = median(runs.map((r) => r[k]));
	return /** @type {T} */ (out);
}

/** @param {number} ms */
export const secs = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** @param {unknown} e */
export const message = (e) => String(e instanceof Error ? e.message : e);
