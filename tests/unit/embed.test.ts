import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymMessage } from '../../src/lib/embed/pym';
import { readEmbedParams } from '../../src/lib/embed/params';

describe('pym.js protocol', () => {
	it('writes messages in pym.js format', () => {
		expect(pymMessage('drones-1', 'height', 612)).toBe('pymxPYMxdrones-1xPYMxheightxPYMx612');
	});
	it('reads them back, and ignores anything else', () => {
		expect(parsePymMessage('pymxPYMxabcxPYMxwidthxPYMx600')).toEqual({
			id: 'abc',
			type: 'width',
			message: '600'
		});
		expect(parsePymMessage('hello')).toBeNull();
		expect(parsePymMessage({ type: 'width' })).toBeNull();
		expect(parsePymMessage('pymxPYMxabcxPYMxwidth')).toBeNull();
	});
});

describe('embed query parameters', () => {
	const read = (q: string) => readEmbedParams('drones', new URLSearchParams(q));
	it('takes a known state and theme', () => {
		expect(read('state=rise&theme=dark&childId=wr-1')).toEqual({
			state: 'rise',
			theme: 'dark',
			childId: 'wr-1'
		});
	});
	it('falls back to the defaults for unknown, malformed or huge values', () => {
		expect(read('state=<script>alert(1)</script>&theme=42&childId=a"b')).toEqual({
			state: 'october',
			theme: 'auto',
			childId: null
		});
		expect(read(`state=${'rise'.repeat(1000)}&theme=${'x'.repeat(5000)}`)).toMatchObject({
			state: 'october',
			theme: 'auto'
		});
		expect(read('state=year&state=rise').state).toBe('year');
		expect(read('').state).toBe('october');
	});
	it('does not accept another chart’s state', () => {
		expect(read('state=shot-down').state).toBe('october');
	});
});

describe('SITE_URL', async () => {
	const { siteUrl } = await import('../../src/lib/site');
	it('normalises to one trailing slash and drops query and hash', () => {
		expect(siteUrl('https://example.org/graphics/within-range')).toBe(
			'https://example.org/graphics/within-range/'
		);
		expect(siteUrl('https://example.org/a/?x=1#y')).toBe('https://example.org/a/');
	});
	it('refuses what is not an http(s) URL', () => {
		expect(siteUrl(undefined)).toBeNull();
		expect(siteUrl('')).toBeNull();
		expect(siteUrl('example.org')).toBeNull();
		expect(siteUrl('javascript:alert(1)')).toBeNull();
	});
});

describe('embed snippets', async () => {
	const { embedSnippets } = await import('../../src/lib/embed/snippets');
	const s = embedSnippets('https://example.org/graphics/wr/', 'drones', 'Drones "2024" <b>');
	it('point at the build with absolute URLs', () => {
		expect(s.pym).toContain(
			`new pym.Parent("within-range-drones", "https://example.org/graphics/wr/embed/drones/"`
		);
		expect(s.loader).toContain(
			'<script src="https://example.org/graphics/wr/embed.js" async></script>'
		);
		expect(s.loader).toContain('data-within-range="drones"');
	});
	it('escape the title in both', () => {
		expect(s.loader).toContain('data-title="Drones &quot;2024&quot; &lt;b&gt;"');
		expect(s.pym).toContain('title: "Drones \\"2024\\" \\u003cb>"');
		expect(s.pym).not.toContain('<b>');
	});
	it('carry a non-default state', () => {
		expect(embedSnippets('https://x.org/', 'aid', 'Aid', 'us').loader).toContain('data-state="us"');
	});
});

describe('an embed page’s own script', async () => {
	const { stateRedirect } = await import('../../src/lib/embed/child');
	const home = { chart: 'drones', state: 'october', home: './' } as const;
	const rise = { chart: 'drones', state: 'rise', home: '../' } as const;
	const base = 'https://example.org/wr/embed/drones/';

	it('moves ?state= to that state’s own page, keeping the other parameters', () => {
		expect(stateRedirect(home, `${base}?state=rise&childId=wr-1&theme=dark#x`)).toBe(
			`${base}rise/?childId=wr-1&theme=dark#x`
		);
		expect(stateRedirect(rise, `${base}rise/?state=year`)).toBe(`${base}year/`);
		// The default state lives on the chart's own page.
		expect(stateRedirect(rise, `${base}rise/?state=october&childId=a`)).toBe(`${base}?childId=a`);
	});
	it('stays put without the parameter, on the state shown, or for a bad value', () => {
		expect(stateRedirect(home, base)).toBeNull();
		expect(stateRedirect(home, `${base}?state=october`)).toBeNull();
		expect(stateRedirect(rise, `${base}rise/?state=rise`)).toBeNull();
		for (const bad of ['%3Cscript%3E', 'shot-down', 'rise'.repeat(100), '../../x', ''])
			expect(stateRedirect(home, `${base}?state=${bad}`), bad).toBeNull();
	});
});

describe('embed snippets', async () => {
	const { embedSnippets } = await import('../../src/lib/embed/snippets');
	it('point at a state’s own page when a state is given, the chart’s page otherwise', () => {
		expect(embedSnippets('https://x.org/wr/', 'aid', 'Aid', 'us').pym).toContain(
			'"https://x.org/wr/embed/aid/us/"'
		);
		expect(embedSnippets('https://x.org/wr/', 'aid', 'Aid').pym).toContain(
			'"https://x.org/wr/embed/aid/"'
		);
	});
});
