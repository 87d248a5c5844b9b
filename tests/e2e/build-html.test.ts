// Every prerendered page passes the Nu HTML Checker (vnu-jar) with zero errors.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';

const BUILD = resolve(import.meta.dirname, '../../build');
const VNU = resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? htmlFiles(join(dir, e.name))
			: e.name.endsWith('.html')
				? [join(dir, e.name)]
				: []
	);
}

test('every page of build/ is valid HTML', () => {
	test.setTimeout(120_000);
	const files = htmlFiles(BUILD);
	expect(files.length).toBeGreaterThanOrEqual(9);
	let out = '';
	try {
		execFileSync('java', ['-version'], { stdio: 'ignore' });
	} catch {
		throw new Error(
			'The Nu HTML Checker needs Java: install a JRE (Debian: apt-get install -y default-jre-headless).'
		);
	}
	try {
		out = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
	} catch (e) {
		// vnu exits 1 when it finds errors and writes its report to stderr.
		out = (e as { stderr?: string }).stderr ?? String(e);
	}
	type Message = { url: string; message: string; lastLine?: number };
	const all: Message[] = out.trim() ? JSON.parse(out).messages : [];
	// The checker's CSS grammar predates container queries, light-dark() and vector-effect:
	// its CSS messages are about its own age, not the HTML, which is what this checks.
	const messages = all.filter((m) => !m.message.startsWith('CSS: '));
	expect(
		messages.map((m) => `${m.url.replace(/^.*\/build\//, '')}:${m.lastLine}: ${m.message}`)
	).toEqual([]);
});
