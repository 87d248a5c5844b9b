import { describe, expect, it } from 'vitest';
import { EAGER_MIN_BYTES, eagerChunks } from '../../src/lib/compile-hints.js';

const chunk = (fileName: string, bytes: number) => ({ fileName, code: 'x'.repeat(bytes) });

describe('eagerChunks: the chunks marked for eager compilation', () => {
	it('marks every chunk of at least a kilobyte of code: the page’s start-up and the charts’', () => {
		const bundle = [
			chunk('runtime.js', 58_000),
			chunk('app.js', 4_096),
			chunk('drones.js', 12_000),
			chunk('words.js', EAGER_MIN_BYTES),
			chunk('reexport.js', 71),
			chunk('constant.js', EAGER_MIN_BYTES - 1)
		];
		expect([...eagerChunks(bundle)].sort()).toEqual([
			'app.js',
			'drones.js',
			'runtime.js',
			'words.js'
		]);
	});

	it('marks nothing in a bundle of small chunks', () => {
		expect(eagerChunks([chunk('a.js', 10), chunk('b.js', 999)]).size).toBe(0);
	});
});
