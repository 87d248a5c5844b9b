// The floor: the built story with its scripts removed, served beside the build so the bench can
// measure the story against the same HTML, CSS and SVG without a line of JavaScript. Whatever
// the story costs beyond the floor is script. Nothing is written into build/: the floor is made
// in memory from build/index.html and served by the bench's own loopback server.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createStaticServer } from '../scripts/serve.js';

/**
 * At the root, beside index.html, so the story's relative links (`./_app/…`, `./data/…`)
 * resolve to the same files from the floor as from the story.
 */
export const FLOOR_PATH = '/__floor.html';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

/** @param {string} tag @param {string} name */
const attr = (tag, name) =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined)
		?.toLowerCase();

/**
 * The story's HTML without its <script> elements, <link rel="modulepreload"> and
 * <link rel="preload" as="script">; nothing else changes.
 * @param {string} html
 * @param {string} [file] for the error message
 */
export function floorHtml(html, file = 'build/index.html') {
	let scripts = 0;
	let preloads = 0;
	const out = html
		.replace(SCRIPT, () => {
			scripts++;
			return '';
		})
		.replace(LINK, (tag) => {
			const rel = (attr(tag, 'rel') ?? '').split(/\s+/);
			const isScript =
				rel.includes('modulepreload') || (rel.includes('preload') && attr(tag, 'as') === 'script');
			if (!isScript) return tag;
			preloads++;
			return '';
		});
	// A story without scripts means the build changed shape: a floor equal to the story
	// would compare the page with itself.
	if (!scripts)
		throw new Error(`${file}: no <script> element found, so there is no floor to measure.`);
	if (/<script\b/i.test(out)) throw new Error(`${file}: a <script> element was left unclosed.`);
	return { html: out, scripts, preloads, bytes: Buffer.byteLength(out) };
}

/**
 * A loopback server for build/ (scripts/serve.js: gzip, no rewrites) that also serves the
 * floor at FLOOR_PATH, with the same headers and compression as the story's index.html.
 * @param {string} buildDir
 */
export function createBenchServer(buildDir) {
	const file = join(buildDir, 'index.html');
	const floor = floorHtml(readFileSync(file, 'utf8'), file);
	const body = Buffer.from(floor.html);
	const gzipped = gzipSync(body);
	const serveBuild = createStaticServer({ dir: buildDir }).listeners('request')[0];
	const server = createServer((req, res) => {
		if (new URL(req.url ?? '/', 'http://localhost').pathname !== FLOOR_PATH)
			return serveBuild(req, res);
		const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding']));
		res
			.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-cache',
				vary: 'accept-encoding',
				...(gzip ? { 'content-encoding': 'gzip' } : {})
			})
			.end(req.method === 'HEAD' ? undefined : gzip ? gzipped : body);
	});
	return { server, floor: { ...floor, gzip: gzipped.length, html: undefined } };
}

/**
 * Where a page is served: the story at its edition's root ('story' at /, 'uk/story' at /uk/),
 * the floor beside it, embeds in their folders.
 * @param {string} origin
 * @returns {(page: string) => string}
 */
export const pageUrls = (origin) => (page) => {
	if (page === 'floor') return `${origin}${FLOOR_PATH}`;
	const path = page.replace(/(^|\/)story$/, '');
	return `${origin}/${path && `${path}/`}`;
};
