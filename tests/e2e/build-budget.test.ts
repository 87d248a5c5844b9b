// The byte budget (budget.json): gzip bytes of the JS and CSS that the story page and each
// embed page load before any scrolling, determined from the prerendered HTML and the build
// manifest (see scripts/budget.js; gzip level 6, node:zlib's default, as scripts/serve.js).
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import {
	budgetTable,
	buildPages,
	gzipBytes,
	overBudget,
	readBudget,
	weighBuild,
	weighPage
} from '../../scripts/budget.js';

const CHARTS = ['timeline', 'drones', 'assault', 'casualties', 'aid', 'troops', 'reach'];

test('the story and every embed page fit the byte budget (gzip, before scrolling)', async ({}, info) => {
	const budget = readBudget();
	const weights = weighBuild();
	expect(weights.map((w) => w.page)).toEqual(
		expect.arrayContaining([
			'story',
			...CHARTS.map((c) => `embed/${c}`),
			// Both editions are weighed.
			'uk/story',
			...CHARTS.map((c) => `uk/embed/${c}`)
		])
	);
	// A page that weighs nothing means the HTML was not understood, not that it is light.
	for (const w of weights) {
		expect(w.js.gzip, `${w.page}: no JS found`).toBeGreaterThan(0);
		// The story boots SvelteKit; an embed is static HTML with one inline script.
		if (w.page.endsWith('story'))
			expect(w.js.files.length, `${w.page}: no JS files`).toBeGreaterThan(0);
		else expect(w.js.files, `${w.page}: loads JS files`).toEqual([]);
		expect(w.css.inline.gzip, `${w.page}: no inline CSS found`).toBeGreaterThan(0);
	}
	const table = budgetTable(weights, budget);
	await info.attach('budget', { body: table, contentType: 'text/plain' });
	const errors = overBudget(weights, budget);
	expect(errors, `Over budget (budget.json):\n${errors.join('\n')}\n\n${table}\n`).toEqual([]);
});

// A chart's CSS reaches the page as written (injected: svelte.config.js), past any minifier;
// its comments were a quarter of the story's inlined CSS (2.5 of 10.7 KB gzipped).
test('no comment is left in the CSS inlined into the story and its embeds', () => {
	for (const page of ['build/index.html', 'build/uk/index.html', 'build/embed/reach/index.html']) {
		const html = readFileSync(page, 'utf8');
		const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
		expect(styles.length, page).toBeGreaterThan(0);
		expect(
			styles.flatMap((s) => s.match(/\/\*[\s\S]*?\*\//g) ?? []),
			page
		).toEqual([]);
	}
});

// SvelteKit names a build by its time unless told otherwise: every build then weighed a few
// bytes more or less (53,383–53,402 B of story JS from one source), and a budget a few bytes
// above the build passed or failed by the clock.
test('the build is named by the package version, so the same source weighs the same', () => {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
	const built = JSON.parse(readFileSync('build/_app/version.json', 'utf8'));
	expect(built.version).toBe(pkg.version);
});

test('the budget check fails an over-budget build, naming the page, the figure and the limit', () => {
	const dir = mkdtempSync(join(tmpdir(), 'budget-'));
	try {
		const js = 'export const x = "' + 'a'.repeat(4000) + '";\n';
		const css = '.chart { color: red; }\n'.repeat(50);
		const files: Record<string, string> = {
			'_app/entry.js': `import "./shared.js";${js}`,
			'_app/shared.js': js.replace('x', 'y'),
			'_app/node.js': `const c = () => import("./chart.js");${js}`,
			'_app/chart.js': js.replace('x', 'z'),
			'_app/lazy.js': 'export const never = 1;',
			'_app/chart.css': css,
			'index.html':
				'<html><head><link rel="modulepreload" href="./_app/entry.js">' +
				'<style>body { margin: 0 }</style></head>' +
				'<body><script>import("./_app/node.js")</script></body></html>',
			'embed/x/index.html':
				'<html><head><link href="../../_app/entry.js" rel="modulepreload">' +
				'<style>' +
				css +
				'</style></head>' +
				'<body><script>import("../../_app/node.js")</script></body></html>'
		};
		for (const [path, body] of Object.entries(files)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), body);
		}
		const manifest = {
			entry: { file: '_app/entry.js', imports: ['shared'] },
			shared: { file: '_app/shared.js' },
			node: { file: '_app/node.js', dynamicImports: ['chart', 'lazy'] },
			chart: { file: '_app/chart.js', name: 'Chart', imports: ['shared'], css: ['_app/chart.css'] },
			lazy: { file: '_app/lazy.js', name: 'Lazy' }
		};
		const gz = (p: string) => gzipBytes(files[p]);

		const story = weighPage('story', join(dir, 'index.html'), {
			buildDir: dir,
			manifest,
			dynamic: []
		});
		expect(story.js.files.map((f) => f.file)).toEqual([
			'_app/entry.js',
			'_app/node.js',
			'_app/shared.js'
		]);
		// The inline bootstrap script counts too.
		const bootstrap = 'import("./_app/node.js")';
		expect(story.js.inline.gzip).toBe(gzipBytes(bootstrap));
		expect(story.js.gzip).toBe(
			gzipBytes(bootstrap) + gz('_app/entry.js') + gz('_app/node.js') + gz('_app/shared.js')
		);
		expect(story.css.files).toEqual([]);

		// An embed page also fetches its chart's chunk, with the chunk's CSS, before rendering.
		const embed = weighPage('embed/x', join(dir, 'embed/x/index.html'), {
			buildDir: dir,
			manifest,
			dynamic: ['Chart']
		});
		expect(embed.js.files.map((f) => f.file)).toEqual([
			'_app/chart.js',
			'_app/entry.js',
			'_app/node.js',
			'_app/shared.js'
		]);
		expect(embed.css.files.map((f) => f.file)).toEqual(['_app/chart.css']);
		expect(embed.css.gzip).toBe(gzipBytes(css) + gz('_app/chart.css'));

		const tiny = { story: { js: 100_000, css: 100_000 }, embed: { js: 10, css: 20 } };
		expect(overBudget([story, embed], tiny)).toEqual([
			`embed/x: JS ${embed.js.gzip.toLocaleString('en-GB')} B gzip > 10 B`,
			`embed/x: CSS ${embed.css.gzip.toLocaleString('en-GB')} B gzip > 20 B`
		]);
		expect(overBudget([story, embed], { ...tiny, embed: { js: 100_000, css: 100_000 } })).toEqual(
			[]
		);
		expect(() =>
			weighPage('embed/x', join(dir, 'embed/x/index.html'), {
				buildDir: dir,
				manifest,
				dynamic: ['Missing']
			})
		).toThrow(/embed\/x: expected one dynamically imported chunk named "Missing"/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a one-byte budget fails every page of the real build', () => {
	const weights = weighBuild();
	const errors = overBudget(weights, { story: { js: 1, css: 1 }, embed: { js: 1, css: 1 } });
	expect(errors).toHaveLength(buildPages().length * 2);
	expect(errors).toContainEqual(expect.stringMatching(/^embed\/aid: JS [\d,]+ B gzip > 1 B$/));
	expect(errors).toContainEqual(expect.stringMatching(/^story: CSS [\d,]+ B gzip > 1 B$/));
});
