// Builds of the story scrolled side by side: `node bench/ab.js [--runs 3] [--sizes 1280x800]
// DIR DIR…`, each DIR a built site (a copy of `build/`); `DIR@reduce` scrolls that site under
// reduced motion. Not part of `npm run bench`.
//
// The scroll run's share of slow frames moves by half a point from run to run on a loaded
// machine, more than most changes are worth: `--compare` against a saved result, runs apart in
// time, cannot tell them apart. Here the builds take turns within each round (benchScroll), so
// drift in the machine's load falls on all of them alike; medians of the rounds, and each run.
import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { createStaticServer } from '../scripts/serve.js';
import { benchScroll, parseSizes } from './scroll.js';
import { chromiumPath } from './common.js';

const { values: args, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		runs: { type: 'string', default: '3' },
		sizes: { type: 'string', default: '1280x800' },
		'scroll-step': { type: 'string', default: '500' },
		'scroll-speed': { type: 'string', default: '1500' }
	}
});
if (positionals.length < 2) throw new Error('Give two or more built sites: DIR DIR… (DIR@reduce).');

// Every argument checked before any server starts (a listening server keeps node running).
const specs = positionals.map((spec, i) => {
	const [dir, flag] = spec.split('@');
	if (flag !== undefined && flag !== 'reduce') throw new Error(`"${spec}": only @reduce is known.`);
	if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`"${dir}" has no index.html.`);
	return { dir, name: `${i + 1}:${basename(resolve(dir))}${flag ? '@reduce' : ''}`, flag };
});
const sites = specs.map(({ dir, name, flag }) => ({
	name,
	reduce: flag === 'reduce',
	server: createStaticServer({ dir }).listen(0)
}));
const site = (/** @type {string} */ name) => sites.find((s) => s.name === name) ?? sites[0];
const port = (/** @type {string} */ name) => {
	const a = site(name).server.address();
	return typeof a === 'object' && a ? a.port : 0;
};

try {
	const results = await benchScroll({
		pages: sites.map((s) => s.name),
		sizes: parseSizes(args.sizes),
		runs: Math.max(1, Number(args.runs) || 3),
		urlOf: (name) => `http://127.0.0.1:${port(name)}/`,
		chromePath: chromiumPath(),
		step: Math.max(1, Number(args['scroll-step']) || 500),
		speed: Math.max(1, Number(args['scroll-speed']) || 1500),
		reduced: (name) => site(name).reduce
	});
	for (const r of results) {
		console.log(
			`\n${r.size}${r.touch ? ' touch' : ''}: medians, then each run's % of frames > 33 ms`
		);
		for (const [name, { median: m, runs }] of Object.entries(r.pages)) {
			const each = runs.map((x) => x.slowFramePct).join(' ');
			console.log(
				m
					? `${name.padEnd(24)} ${m.longTasks} long tasks, longest ${m.longestTaskMs} ms, ` +
							`${m.slowFramePct} % of frames > 33 ms  (${each})`
					: `${name.padEnd(24)} no run finished`
			);
		}
	}
} finally {
	for (const s of sites) s.server.close();
}
