import { describe, expect, it } from 'vitest';
import { pageUrls } from '../../bench/floor.js';

describe('the bench finds each page where the build serves it', () => {
	const url = pageUrls('http://127.0.0.1:9');
	it('each edition’s story at its root, the floor beside the English one', () => {
		expect(url('story')).toBe('http://127.0.0.1:9/');
		expect(url('uk/story')).toBe('http://127.0.0.1:9/uk/');
		expect(url('floor')).toBe('http://127.0.0.1:9/__floor.html');
	});
	it('embeds, and a state’s embed, in their folders', () => {
		expect(url('embed/drones')).toBe('http://127.0.0.1:9/embed/drones/');
		expect(url('uk/embed/drones/year')).toBe('http://127.0.0.1:9/uk/embed/drones/year/');
	});
});
