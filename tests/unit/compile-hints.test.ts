import { describe, expect, it } from 'vitest';
import {
	COMPILE_HINT,
	EAGER_MIN_BYTES,
	compileHints,
	eagerChunks
} from '../../src/lib/compile-hints.js';

const chunk = (fileName: string, bytes: number) => ({ fileName, code: 'x'.repeat(bytes) });

describe('eagerChunks: the chunks marked for eager compilation', () => {
	it('marks every chunk of at least a kilobyte of code: the page’s start-up and the charts’', () => {
		const bundle = [
			chunk('runtime.js', 58_000),
			chunk('app.js', 4_096),
			chunk('drones.js', 12_000),
			chunk('words.js', EAGER_MIN_BYTES),
			chunk('reexport.js', 71),
			chunk('constant.js', EAGER_MIN_BYTES - 1),
			// Bytes, as the browser loads them, not characters.
			{ fileName: 'cyrillic.js', code: 'ї'.repeat(EAGER_MIN_BYTES / 2) }
		];
		expect([...eagerChunks(bundle)].sort()).toEqual([
			'app.js',
			'cyrillic.js',
			'drones.js',
			'runtime.js',
			'words.js'
		]);
	});
});

describe('compileHints: the build plugin', () => {
	type Hook = { order: string; handler: (this: unknown, o: unknown, b: unknown) => void };
	const hook = compileHints().generateBundle as unknown as Hook;
	const bundle = () => ({
		// Vite's preload helper writes its line first in a chunk with dynamic imports.
		'app.js': {
			type: 'chunk',
			fileName: 'app.js',
			code: `const __vite__mapDeps=1;\n${'x'.repeat(2000)}`
		},
		'small.js': { type: 'chunk', fileName: 'small.js', code: 'export{}' },
		'page.css': { type: 'asset', fileName: 'page.css', source: 'x'.repeat(2000) }
	});
	const client = { environment: { config: { consumer: 'client' } } };

	it('runs after Vite’s own plugins, so that the hint stays the very first line', () => {
		expect(hook.order).toBe('post');
		const b = bundle();
		hook.handler.call(client, {}, b);
		expect(b['app.js'].code.startsWith(`${COMPILE_HINT}const __vite__mapDeps`)).toBe(true);
		expect(b['small.js'].code).toBe('export{}');
		expect(b['page.css'].source).toBe('x'.repeat(2000));
		// Once only, however often it runs.
		hook.handler.call(client, {}, b);
		expect(b['app.js'].code.indexOf(COMPILE_HINT, 1)).toBe(-1);
	});

	it('leaves the server’s build alone: no browser loads it', () => {
		const b = bundle();
		hook.handler.call({ environment: { config: { consumer: 'server' } } }, {}, b);
		expect(b['app.js'].code.startsWith('const __vite__mapDeps')).toBe(true);
	});
});
