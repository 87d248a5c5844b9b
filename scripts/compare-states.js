// @ts-nocheck: browser-side canvas code in page.evaluate; checked by running it.
// Every chart state, before and after a change, compared pixel by pixel: nothing a reader sees
// should change by accident. Shoots each embed state page (the chart in its frame) at 375 and
// 1280 px from build/, then diffs two such folders in Chromium's own canvas (no image library).
//   node scripts/compare-states.js shoot OUT-FOLDER
//   node scripts/compare-states.js diff BEFORE-FOLDER AFTER-FOLDER   (diff images: AFTER/diff/)
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStaticServer } from './serve.js';

const WIDTHS = [375, 1280];
const [mode, a, b] = process.argv.slice(2);
if (!['shoot', 'diff'].includes(mode) || !a || (mode === 'diff' && !b)) {
	console.error('usage: compare-states.js shoot OUT | diff BEFORE AFTER');
	process.exit(2);
}
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

/** Every prerendered embed page: a chart's default state, and each named state. */
function embedPages() {
	const pages = [];
	for (const chart of readdirSync('build/embed')) {
		pages.push({ name: `${chart}`, path: `embed/${chart}/` });
		for (const state of readdirSync(join('build/embed', chart), { withFileTypes: true }))
			if (state.isDirectory())
				pages.push({ name: `${chart}-${state.name}`, path: `embed/${chart}/${state.name}/` });
	}
	return pages;
}

if (mode === 'shoot') {
	mkdirSync(a, { recursive: true });
	const server = createStaticServer({ dir: 'build' }).listen(0);
	await new Promise((r) => server.once('listening', r));
	const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	for (const width of WIDTHS) {
		const page = await browser.newPage({
			viewport: { width, height: 900 },
			reducedMotion: 'reduce'
		});
		for (const { name, path } of embedPages()) {
			await page.goto(`http://localhost:${port}/${path}`);
			await page.evaluate(() => document.fonts.ready);
			await page.screenshot({ path: join(a, `${width}-${name}.png`), fullPage: true });
		}
		await page.close();
	}
	server.close();
	console.log(`${readdirSync(a).length} screenshots in ${a}`);
} else {
	const page = await browser.newPage();
	mkdirSync(join(b, 'diff'), { recursive: true });
	const rows = [];
	for (const file of readdirSync(a).filter((f) => f.endsWith('.png'))) {
		if (!existsSync(join(b, file))) {
			rows.push(`${file}: missing after`);
			continue;
		}
		const url = (dir) =>
			`data:image/png;base64,${readFileSync(join(dir, file)).toString('base64')}`;
		const result = await page.evaluate(
			async ([before, after]) => {
				const load = (src) =>
					new Promise((res) => {
						const img = new Image();
						img.onload = () => res(img);
						img.src = src;
					});
				const [x, y] = await Promise.all([load(before), load(after)]);
				const w = Math.max(x.width, y.width);
				const h = Math.max(x.height, y.height);
				const pixels = (img) => {
					const c = new OffscreenCanvas(w, h);
					const g = c.getContext('2d');
					g.fillStyle = '#f0f';
					g.fillRect(0, 0, w, h);
					g.drawImage(img, 0, 0);
					return g.getImageData(0, 0, w, h);
				};
				const p = pixels(x).data;
				const q = pixels(y);
				let changed = 0;
				for (let i = 0; i < p.length; i += 4) {
					const d =
						Math.abs(p[i] - q.data[i]) +
						Math.abs(p[i + 1] - q.data[i + 1]) +
						Math.abs(p[i + 2] - q.data[i + 2]);
					if (d > 24) {
						changed++;
						q.data.set([255, 0, 0, 255], i);
					} else q.data[i + 3] = 60;
				}
				if (!changed) return { changed, size: `${x.width}×${x.height}` };
				const c = new OffscreenCanvas(w, h);
				c.getContext('2d').putImageData(q, 0, 0);
				const blob = await c.convertToBlob();
				const bytes = new Uint8Array(await blob.arrayBuffer());
				let s = '';
				for (const byte of bytes) s += String.fromCharCode(byte);
				return { changed, size: `${x.width}×${x.height} → ${y.width}×${y.height}`, png: btoa(s) };
			},
			[url(a), url(b)]
		);
		if (result.png) writeFileSync(join(b, 'diff', file), Buffer.from(result.png, 'base64'));
		rows.push(
			`${file}: ${result.changed ? `${result.changed} px differ (${result.size})` : 'same'}`
		);
	}
	console.log(rows.join('\n'));
	console.log(`${rows.filter((r) => !r.endsWith('same')).length} of ${rows.length} differ`);
}
await browser.close();
