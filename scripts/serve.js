// A plain static file server for build/, like any host the desk might upload to: no
// rewrites, gzip when the client accepts it, build/404.html for anything missing.
//   node scripts/serve.js [--port 4173] [--base /graphics/2024/within-range/] [--dir build] [--quiet]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);

/**
 * @param {{ dir?: string, base?: string }} options
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ dir = 'build', base = '/' } = {}) {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : base + '/';

	/** @param {string} path */
	async function file(path) {
		try {
			const s = await stat(path);
			if (s.isDirectory()) return file(join(path, 'index.html'));
			return { path, body: await readFile(path) };
		} catch {
			return null;
		}
	}

	return createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let found = null;
		if (url.pathname.startsWith(prefix) || url.pathname + '/' === prefix) {
			const rel = decodeURIComponent(url.pathname.slice(prefix.length));
			const path = normalize(join(root, rel));
			if (path.startsWith(root)) found = await file(path);
		}
		const status = found ? 200 : 404;
		found ??= await file(join(root, '404.html'));
		if (!found) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const ext = extname(found.path);
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'application/octet-stream',
			'cache-control': found.path.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'accept-encoding'
		};
		let body = found.body;
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: process.env.PORT ?? '4173' },
			host: { type: 'string', default: '127.0.0.1' },
			base: { type: 'string', default: '/' },
			dir: { type: 'string', default: 'build' },
			quiet: { type: 'boolean', default: false }
		}
	});
	const server = createStaticServer({ dir: values.dir, base: values.base });
	server.listen(Number(values.port), values.host, () => {
		if (!values.quiet)
			console.log(`Within Range is served at http://${values.host}:${values.port}${values.base}`);
	});
}
