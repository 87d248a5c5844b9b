import { describe, expect, it } from 'vitest';
import { preprocess } from 'svelte/compiler';
import { cssComments, stripCssComments } from '../../scripts/css-comments.js';

describe('stripCssComments', () => {
	it('takes out every comment, one line or many, and keeps each line break', () => {
		const css = '/* a */\n.a {\n\tcolor: red; /* why,\n\tbriefly */\n}\n/**/.b{}';
		const out = stripCssComments(css);
		expect(out).toBe(' \n.a {\n\tcolor: red; \n\n}\n .b{}');
		expect(out.split('\n')).toHaveLength(css.split('\n').length);
	});

	it('parts the tokens a comment parted, as whitespace does', () => {
		expect(stripCssComments('.a/**/.b { margin: 1px/**/2px; }')).toBe('.a .b { margin: 1px 2px; }');
	});

	it('keeps quoted strings as written, comment-like text and escaped quotes too', () => {
		const css = `.a::before { content: "/* not a comment */"; } .b { content: '\\'/*'; } /* gone */`;
		expect(stripCssComments(css)).toBe(
			`.a::before { content: "/* not a comment */"; } .b { content: '\\'/*'; }  `
		);
	});

	it('leaves CSS without comments untouched', () => {
		const css = '.a :global(.b) { width: calc(100% / 2); }';
		expect(stripCssComments(css)).toBe(css);
	});
});

describe('the css-comments preprocessor', () => {
	it('takes the comments out of a component’s <style>, and nothing else', async () => {
		const source =
			'<!-- kept -->\n<p>/* text */</p>\n<style>\n\t/* why */\n\tp { color: red; }\n</style>\n';
		const { code } = await preprocess(source, [cssComments()]);
		expect(code).toBe(
			'<!-- kept -->\n<p>/* text */</p>\n<style>\n\t \n\tp { color: red; }\n</style>\n'
		);
	});
});
