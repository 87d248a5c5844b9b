// Builds of the story scrolled side by side: `node bench/ab.js [--runs 3] [--sizes 1280x800]
// DIR DIR…`, each DIR a built site (a copy of `build/`); `DIR@reduce` scrolls that site under
// reduced motion. Not part of `npm run bench`.
//
// The scroll run's share of slow frames moves by half a point from run to run on a loaded
// machine, more than most changes are worth: `--compare` against a saved result, runs apart in
// time, cannot tell the builds apart. Here the builds take turns within each round (benchScroll), so
// drift in the machine's load falls on all of them alike; medians of the rounds, and each run.
import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { createStaticServer } from '../scripts/serve.js';
import { benchScroll, parseSizes } from './scroll.js';
import { SCROLL, chromiumPath } from './common.js';

const { values: args, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		runs: { type: 'string', default: '3' },
		sizes: { type: 'string', default: '1280x800' },
		'scroll-step': { type: 'string', default: String(SCROLL.step) },
		'scroll-speed': { type: 'string', default: String(SCROLL.speed) }
	}
});

// Every argument is checked before any server starts.
/** @param {string} flag */
const whole = (flag) => {
	const v = Number(args[/** @type {keyof typeof args} */ (flag)]);
	if (!Number.isInteger(v) || v < 1) throw new Error(`--${flag}: a whole number of 1 or more.`);
	return v;
};
const [runs, step, speed] = ['runs', 'scroll-step', 'scroll-speed'].map(whole);
const sizes = parseSizes(args.sizes);
const chromePath = chromiumPath();
if (positionals.length < 2) throw new Error('Give two or more built sites: DIR DIR… (DIR@reduce).');
const specs = positionals.map((spec, i) => {
	const [, dir, reduce] = /** @type {RegExpExecArray} */ (/^(.+?)(@reduce)?$/.exec(spec));
	if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`"${dir}" has no index.html.`);
	// Numbered: the same folder may be given twice (once @reduce, or to see the noise).
	return {
		dir,
		reduce: Boolean(reduce),
		name: `${i + 1}:${basename(resolve(dir))}${reduce ?? ''}`
	};
});

/** @type {{ name: string, reduce: boolean, server: import('node:http').Server, port: number }[]} */
const sites = [];
/** @param {string} name */
const site = (name) => {
	const s = sites.find((s) => s.name === name);
	if (!s) throw new Error(`no site named ${name}`);
	return s;
};

try {
	for (const { dir, reduce, name } of specs) {
		const server = createStaticServer({ dir });
		// Only this machine's loopback, as the bench serves the story.
		await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', () => ok(0)));
		const a = server.address();
		if (!a || typeof a !== 'object') throw new Error(`no port for ${dir}`);
		sites.push({ name, reduce, server, port: a.port });
	}
	const results = await benchScroll({
		pages: sites.map((s) => s.name),
		sizes,
		runs,
		urlOf: (name) => `http://127.0.0.1:${site(name).port}/`,
		chromePath,
		step,
		speed,
		reduced: (name) => site(name).reduce
	});
	for (const r of results) {
		console.log(
			`\n${r.size}${r.touch ? ' touch' : ''}: medians, then each run's % of frames > 33 ms`
		);
		for (const [name, { median: m, runs, errors }] of Object.entries(r.pages)) {
			const each = runs.map((x) => x.slowFramePct).join(' ');
			// A failed run would leave its build's median on fewer rounds than the others'.
			if (errors.length) process.exitCode = 1;
			console.log(
				m
					? `${name.padEnd(24)} ${m.longTasks} long tasks, longest ${m.longestTaskMs} ms, ` +
							`${m.slowFramePct.toFixed(2)} % of frames > 33 ms  (${each})`
					: `${name.padEnd(24)} no run finished`
			);
		}
	}
} finally {
	for (const s of sites) s.server.close();
}
