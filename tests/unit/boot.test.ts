import { describe, expect, it } from 'vitest';
import { deferBoot } from '../../src/lib/boot';

// The shape SvelteKit 2 prerenders (abridged).
const page = `<head><link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
<link href="./_app/immutable/chunks/B.js" rel="modulepreload"><style>p{}</style></head>
<body><div><script>{
	__sveltekit_x = { base: "" };
	const element = document.currentScript.parentElement;
	Promise.all([
		import("./_app/immutable/entry/start.A.js"),
		import("./_app/immutable/entry/app.C.js")
	]).then(([kit, app]) => {
		kit.start(app, element, {});
	});
}</script></div></body>`;

describe('deferBoot: the first screen never waits for script', () => {
	const out = deferBoot(page, '/');

	it('drops every modulepreload and keeps the rest of the head', () => {
		expect(out).not.toContain('modulepreload');
		expect(out).toContain('<style>p{}</style>');
	});

	it('imports the client only after the first paint, and still starts it with the same element', () => {
		expect(out).toMatch(/requestAnimationFrame[\s\S]*\.then\(\(\) => Promise\.all\(\[\s*import\(/);
		expect(out).toContain('const element = document.currentScript.parentElement;');
		expect(out).toContain('])).then(([kit, app]) => {');
		// Still a valid script.
		const script = /<script>([\s\S]*)<\/script>/.exec(out)![1];
		expect(() => new Function(script.replace(/import\(/g, 'String('))).not.toThrow();
	});

	it('fails the build, naming the page, when SvelteKit changes its boot script', () => {
		expect(() => deferBoot('<script>kit.start()</script>', '/x/')).toThrow(
			/\/x\/: SvelteKit's boot script has changed shape/
		);
	});
});
