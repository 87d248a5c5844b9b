// The byte budget: what the story page and each embed page load before any scrolling, in
// gzip bytes, determined from the prerendered HTML and Vite's build manifest (no browser;
// tests/e2e/story-loading.test.ts checks in Chromium that the story fetches no more):
//
// - JS: every inline <script> (an embed's whole script; the story's bootstrap and page
//   data), every <script src>, every <link rel="modulepreload">, every import("…") in an
//   inline <script> (SvelteKit's bootstrap), then every chunk statically imported from
//   those, walked through .svelte-kit/output/client/.vite/manifest.json. Plus the dynamic
//   imports that run as the page starts: SvelteKit's root layout and error nodes (see
//   `startupImports` for any others), each with its static imports. The story's charts are
//   dynamic imports that run only once the reader scrolls near them (ChartIsland): not counted.
// - CSS: the inline <style> elements (the build inlines every page's CSS), every stylesheet
//   <link> that is not `disabled`, and the CSS of the dynamically imported chunks that Vite's
//   preload helper adds at run time (it skips any href the page already links).
//
// Each file is gzipped on its own with node:zlib at the default level (6), as
// scripts/serve.js serves it; the inline styles are gzipped together, as are the inline
// scripts. Budgets are in bytes.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ js: number, css: number }} Limits
 * @typedef {{ story: Limits, embed: Limits, pages?: Record<string, Limits> }} Budget
 * @typedef {{ file: string, bytes: number, gzip: number }} Asset
 * @typedef {{
 *   page: string,
 *   html: string,
 *   js: { gzip: number, bytes: number, inline: { bytes: number, gzip: number }, files: Asset[] },
 *   css: { gzip: number, bytes: number, inline: { bytes: number, gzip: number }, files: Asset[] }
 * }} PageWeight
 * @typedef {{ file: string, name?: string, src?: string, imports?: string[],
 *   dynamicImports?: string[], css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
export const BUILD_DIR = join(ROOT, 'build');
export const MANIFEST = join(ROOT, '.svelte-kit/output/client/.vite/manifest.json');
export const BUDGET_FILE = join(ROOT, 'budget.json');
const KIT_EAGER_NODES = [
	'.svelte-kit/generated/client-optimized/nodes/0.js',
	'.svelte-kit/generated/client-optimized/nodes/1.js'
];

/** @param {string | Buffer} data */
export const gzipBytes = (data) => gzipSync(data).length;

/** @param {number} n */
export const fmt = (n) => n.toLocaleString('en-GB');

/** @returns {Budget} */
export function readBudget(file = BUDGET_FILE) {
	const raw = JSON.parse(readFileSync(file, 'utf8'));
	/** @param {string} key */
	const limits = (key) => {
		const l = raw[key];
		if (!l || typeof l.js !== 'number' || typeof l.css !== 'number')
			throw new Error(`${file}: "${key}" needs numeric "js" and "css" limits (gzip bytes).`);
		return { js: l.js, css: l.css };
	};
	const pages = Object.fromEntries(
		Object.keys(raw.pages ?? {}).map((page) => [page, pageLimits(page)])
	);
	/** @param {string} page */
	function pageLimits(page) {
		const l = raw.pages[page];
		if (!l || typeof l.js !== 'number' || typeof l.css !== 'number')
			throw new Error(`${file}: pages."${page}" needs numeric "js" and "css" limits (gzip bytes).`);
		return { js: l.js, css: l.css };
	}
	return { story: limits('story'), embed: limits('embed'), pages };
}

/**
 * A page's limits: its own where the budget names it (an edition's story, whose words weigh
 * more in its script), else the story's or an embed's.
 * @param {string} page
 * @param {Budget} budget
 */
export const limitsFor = (page, budget) =>
	budget.pages?.[page] ?? (isStory(page) ? budget.story : budget.embed);

/**
 * The story and every embed page in the build (each chart's page, then its state pages), as
 * [name, html file] pairs: "story", "embed/drones", "embed/drones/rise", …; then each other
 * edition's, under its folder ("uk/story", "uk/embed/drones", …): a folder of the build with
 * its own story page and embeds.
 * @returns {[string, string][]}
 */
export function buildPages(buildDir = BUILD_DIR) {
	/** @type {[string, string][]} */
	const pages = [];
	/** @param {string} dir @param {string} name */
	const visit = (dir, name) => {
		const html = join(dir, 'index.html');
		if (existsSync(html)) pages.push([name, html]);
		for (const sub of readdirSync(dir).sort())
			if (statSync(join(dir, sub)).isDirectory()) visit(join(dir, sub), `${name}/${sub}`);
	};
	/** @param {string} root @param {string} prefix */
	const edition = (root, prefix) => {
		pages.push([`${prefix}story`, join(root, 'index.html')]);
		const embeds = join(root, 'embed');
		if (existsSync(embeds))
			for (const chart of readdirSync(embeds).sort())
				if (statSync(join(embeds, chart)).isDirectory())
					visit(join(embeds, chart), `${prefix}embed/${chart}`);
	};
	edition(buildDir, '');
	for (const sub of existsSync(buildDir) ? readdirSync(buildDir).sort() : []) {
		const root = join(buildDir, sub);
		if (existsSync(join(root, 'index.html')) && existsSync(join(root, 'embed')))
			edition(root, `${sub}/`);
	}
	return pages;
}

/** Story pages ("story", "uk/story") take the story's limits; the rest are embeds. */
export const isStory = (/** @type {string} */ page) => page === 'story' || page.endsWith('/story');

/**
 * The chunks (by manifest `name`) a page imports dynamically before it first renders. None
 * today: embeds run no SvelteKit client, and the story imports a chart only when the reader
 * scrolls near it.
 * @param {string} _page
 * @returns {string[]}
 */
export function startupImports(_page) {
	return [];
}

/** @param {string} tag @param {string} attr */
function attr(tag, attr) {
	const m = new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
/** @param {string} tag @param {string} name */
const hasAttr = (tag, name) => new RegExp(`\\s${name}(\\s|=|>|/)`, 'i').test(tag);

/**
 * What the prerendered HTML itself references.
 * @param {string} html
 */
export function parseHtml(html) {
	/** @type {string[]} */ const scripts = [];
	/** @type {string[]} */ const stylesheets = [];
	/** @type {string[]} */ const linkedCss = [];
	/** @type {string[]} */ const styles = [];
	/** @type {string[]} */ const inlineScripts = [];
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
		const tag = m[0];
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.includes('modulepreload')) scripts.push(href);
		if (rel.includes('stylesheet')) {
			linkedCss.push(href);
			if (!hasAttr(tag, 'disabled')) stylesheets.push(href);
		}
	}
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attr(`<script${m[1]}>`, 'src');
		const type = (attr(`<script${m[1]}>`, 'type') ?? '').toLowerCase();
		if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
		if (src) scripts.push(src);
		else {
			inlineScripts.push(m[2]);
			for (const i of m[2].matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g)) scripts.push(i[2]);
			for (const i of m[2].matchAll(/\bimport\s*(?:[\w*{}\s,]+from\s*)?(["'])([^"']+)\1/g))
				scripts.push(i[2]);
		}
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(m[1]);
	return { scripts, stylesheets, linkedCss, styles, inlineScripts };
}

/**
 * Weighs one prerendered page.
 * @param {string} page name, e.g. "story" or "embed/aid"
 * @param {string} htmlFile
 * @param {{ buildDir?: string, manifest?: Manifest, dynamic?: string[] }} [options]
 * @returns {PageWeight}
 */
export function weighPage(page, htmlFile, options = {}) {
	const buildDir = resolve(options.buildDir ?? BUILD_DIR);
	const manifest = options.manifest ?? JSON.parse(readFileSync(MANIFEST, 'utf8'));
	const dynamic = options.dynamic ?? startupImports(page);
	const html = readFileSync(htmlFile, 'utf8');
	const parsed = parseHtml(html);
	const pageDir = dirname(htmlFile);

	/** A URL in the page → a path relative to build/ ("_app/immutable/…"), or null if external.
	 * @param {string} url */
	const toBuildPath = (url) => {
		if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
		const clean = url.split(/[?#]/)[0];
		const abs = clean.startsWith('/') ? join(buildDir, clean) : resolve(pageDir, clean);
		return relative(buildDir, abs).split('\\').join(posix.sep);
	};

	/** @type {Map<string, string>} */
	const byFile = new Map();
	for (const [key, chunk] of Object.entries(manifest)) byFile.set(chunk.file, key);

	const jsFiles = new Set();
	const cssFiles = new Set();
	const linked = new Set(parsed.linkedCss.map(toBuildPath));

	/** Adds a chunk and its static imports; with `withCss`, their CSS too.
	 * @param {string} key @param {boolean} withCss @param {Set<string>} seen */
	const walk = (key, withCss, seen = new Set()) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`${page}: "${key}" is not in the build manifest`);
		jsFiles.add(chunk.file);
		if (withCss) for (const c of chunk.css ?? []) if (!linked.has(c)) cssFiles.add(c);
		for (const i of chunk.imports ?? []) walk(i, withCss, seen);
	};

	/** @type {string[]} */
	const entryKeys = [];
	for (const url of parsed.scripts) {
		const file = toBuildPath(url);
		if (!file) continue;
		if (!existsSync(join(buildDir, file)))
			throw new Error(`${page}: ${url} is referenced but ${file} is not in the build`);
		const key = byFile.get(file);
		if (!key)
			throw new Error(
				`${page}: ${file} is not in ${relative(ROOT, MANIFEST)}; is the manifest from another build?`
			);
		entryKeys.push(key);
		walk(key, false);
	}
	for (const url of parsed.stylesheets) {
		const file = toBuildPath(url);
		if (file) cssFiles.add(file);
	}

	// SvelteKit's client imports the root layout and root error nodes as it starts (nodes 0 and
	// 1), whatever the page, and the page's own nodes (`node_ids` in its boot script, no longer
	// modulepreloaded: see src/lib/boot.ts); through Vite's preload helper, with their CSS.
	const pageNodes = parsed.inlineScripts.flatMap((js) =>
		[...js.matchAll(/\bnode_ids:\s*\[([\d,\s]*)\]/g)].flatMap((m) =>
			m[1]
				.split(',')
				.filter((id) => id.trim())
				.map((id) => `.svelte-kit/generated/client-optimized/nodes/${id.trim()}.js`)
		)
	);
	for (const key of entryKeys)
		if (/client-optimized\/app\.js$/.test(key))
			for (const node of [...KIT_EAGER_NODES, ...pageNodes]) if (manifest[node]) walk(node, true);

	// Dynamic imports that run before the first render: the named chunks among the dynamic
	// imports reachable from the page's scripts, with their static imports and (through Vite's
	// preload helper) the CSS of all of them.
	if (dynamic.length) {
		/** @type {Set<string>} */
		const candidates = new Set();
		/** @param {string} key @param {Set<string>} seen */
		const collect = (key, seen) => {
			if (seen.has(key)) return;
			seen.add(key);
			for (const d of manifest[key]?.dynamicImports ?? []) candidates.add(d);
			for (const i of manifest[key]?.imports ?? []) collect(i, seen);
		};
		const seen = new Set();
		for (const k of entryKeys) collect(k, seen);
		for (const name of dynamic) {
			const hits = [...candidates].filter((k) => manifest[k]?.name === name);
			if (hits.length !== 1)
				throw new Error(
					`${page}: expected one dynamically imported chunk named "${name}", found ${hits.length}`
				);
			walk(hits[0], true);
		}
	}

	/** @param {string} file @returns {Asset} */
	const asset = (file) => {
		const path = join(buildDir, file);
		if (!existsSync(path) || !statSync(path).isFile())
			throw new Error(`${page}: ${file} is not in the build`);
		const body = readFileSync(path);
		return { file, bytes: body.length, gzip: gzipBytes(body) };
	};
	const js = [...jsFiles].sort().map(asset);
	const css = [...cssFiles].sort().map(asset);
	const inlineCss = parsed.styles.join('\n');
	const inline = {
		bytes: Buffer.byteLength(inlineCss),
		gzip: inlineCss ? gzipBytes(inlineCss) : 0
	};
	// Inline scripts count too: an embed's whole script, the story's bootstrap and page data.
	const inlineJs = parsed.inlineScripts.join('\n');
	const inlineScript = {
		bytes: Buffer.byteLength(inlineJs),
		gzip: inlineJs ? gzipBytes(inlineJs) : 0
	};
	/** @param {Asset[]} list @param {'bytes' | 'gzip'} k */
	const sum = (list, k) => list.reduce((s, a) => s + a[k], 0);
	return {
		page,
		html: relative(buildDir, htmlFile),
		js: {
			gzip: inlineScript.gzip + sum(js, 'gzip'),
			bytes: inlineScript.bytes + sum(js, 'bytes'),
			inline: inlineScript,
			files: js
		},
		css: {
			gzip: inline.gzip + sum(css, 'gzip'),
			bytes: inline.bytes + sum(css, 'bytes'),
			inline,
			files: css
		}
	};
}

/**
 * Weighs the story and every embed page of a build.
 * @param {{ buildDir?: string, manifestFile?: string }} [options]
 * @returns {PageWeight[]}
 */
export function weighBuild(options = {}) {
	const buildDir = options.buildDir ?? BUILD_DIR;
	const manifestFile = options.manifestFile ?? MANIFEST;
	if (!existsSync(join(buildDir, 'index.html')))
		throw new Error(`No build at ${buildDir}: run \`npm run build\` first.`);
	if (!existsSync(manifestFile)) throw new Error(`No build manifest at ${manifestFile}.`);
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
	return buildPages(buildDir).map(([page, html]) =>
		weighPage(page, html, { buildDir, manifest, dynamic: startupImports(page) })
	);
}

/**
 * Every figure over its limit, as "embed/aid: JS 51,234 B gzip > 45,000 B".
 * @param {Pick<PageWeight, 'page' | 'js' | 'css'>[]} weights
 * @param {Budget} budget
 * @returns {string[]}
 */
export function overBudget(weights, budget) {
	/** @type {string[]} */
	const errors = [];
	for (const w of weights) {
		const limits = limitsFor(w.page, budget);
		if (w.js.gzip > limits.js)
			errors.push(`${w.page}: JS ${fmt(w.js.gzip)} B gzip > ${fmt(limits.js)} B`);
		if (w.css.gzip > limits.css)
			errors.push(`${w.page}: CSS ${fmt(w.css.gzip)} B gzip > ${fmt(limits.css)} B`);
	}
	return errors;
}

/**
 * A plain-text table of the weights against the budget.
 * @param {PageWeight[]} weights
 * @param {Budget} budget
 */
export function budgetTable(weights, budget) {
	const rows = [['page', 'JS gzip', 'limit', 'CSS gzip', 'limit', 'JS files', 'inline JS']];
	for (const w of weights) {
		const l = limitsFor(w.page, budget);
		rows.push([
			w.page,
			`${fmt(w.js.gzip)} B ${w.js.gzip <= l.js ? 'ok' : 'OVER'}`,
			`${fmt(l.js)} B`,
			`${fmt(w.css.gzip)} B ${w.css.gzip <= l.css ? 'ok' : 'OVER'}`,
			`${fmt(l.css)} B`,
			String(w.js.files.length),
			`${fmt(w.js.inline.gzip)} B`
		]);
	}
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	return rows
		.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '))
		.join('\n');
}
