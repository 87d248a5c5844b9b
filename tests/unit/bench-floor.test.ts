import { describe, expect, it } from 'vitest';
import { floorHtml } from '../../bench/floor.js';

describe('the floor: the story without its scripts', () => {
	const story = `<head><link href="./a.js" rel="modulepreload"><link rel="preload" as="script" href="./b.js"><link rel="icon" href="./favicon.svg"><style>p{}</style></head><body><p>Text</p><script>boot()</script></body>`;

	it('drops scripts, modulepreloads and script preloads, and nothing else', () => {
		const floor = floorHtml(story);
		expect(floor.html).toBe(
			'<head><link rel="icon" href="./favicon.svg"><style>p{}</style></head><body><p>Text</p></body>'
		);
		expect([floor.scripts, floor.preloads]).toEqual([1, 2]);
	});

	it('refuses a page without scripts: a floor equal to the story measures nothing', () => {
		expect(() => floorHtml('<p>no scripts</p>', 'x.html')).toThrow(/x\.html: no <script>/);
	});
});
