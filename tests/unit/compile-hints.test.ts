import { describe, expect, it } from 'vitest';
import { eagerChunks } from '../../src/lib/charts/vite-plugin.js';

const CHART = /\/charts\/(Chart\.svelte|[^/]+\/chart\.ts)$/;
const chunk = (fileName: string, o: Partial<Parameters<typeof eagerChunks>[0][number]> = {}) => ({
	fileName,
	isEntry: false,
	isDynamicEntry: false,
	moduleIds: [],
	imports: [],
	...o
});

describe('eagerChunks: the chunks marked for eager compilation', () => {
	const bundle = [
		chunk('start.js', { isEntry: true, imports: ['runtime.js'] }),
		chunk('story.js', { isEntry: true, imports: ['runtime.js', 'words.js'] }),
		// A route drawn without a client imports every chart: no browser loads it.
		chunk('embed.js', { isEntry: true, imports: ['runtime.js', 'drones.js', 'frame.js'] }),
		chunk('runtime.js'),
		chunk('words.js'),
		chunk('drones.js', {
			moduleIds: ['/src/lib/charts/drones/chart.ts', '/src/lib/charts/drones/view.ts'],
			imports: ['layers.js', 'words.js', 'runtime.js']
		}),
		chunk('frame.js', { moduleIds: ['/src/lib/charts/Chart.svelte'], imports: ['runtime.js'] }),
		chunk('layers.js', { imports: ['d3.js'] }),
		chunk('d3.js'),
		chunk('skip.js', { isDynamicEntry: true })
	];

	it('marks the charts and what only they import', () => {
		expect([...eagerChunks(bundle, CHART)].sort()).toEqual([
			'd3.js',
			'drones.js',
			'frame.js',
			'layers.js'
		]);
	});

	it('never marks what the page starts with, even when a chart imports it too', () => {
		const eager = eagerChunks(bundle, CHART);
		for (const name of ['start.js', 'story.js', 'runtime.js', 'words.js', 'skip.js'])
			expect(eager.has(name), name).toBe(false);
	});

	it('marks nothing when no chunk holds a chart', () => {
		expect(eagerChunks(bundle, /\/nothing\.ts$/).size).toBe(0);
	});
});
