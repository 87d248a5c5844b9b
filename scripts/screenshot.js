// Screenshot a page (or one element) in Chromium, to look at what a reader sees.
//   node scripts/screenshot.js URL OUT.png [--width 375] [--height 667] [--selector CSS]
//     [--dark] [--reduced-motion] [--wait 600]
//   node scripts/screenshot.js URL OUT-FOLDER --steps [--width 375] [--height 667]
//     one screenshot per story step, its card just past the trigger line: OUT/<step>.png
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		width: { type: 'string', default: '1280' },
		height: { type: 'string', default: '800' },
		selector: { type: 'string' },
		dark: { type: 'boolean', default: false },
		'reduced-motion': { type: 'boolean', default: false },
		wait: { type: 'string', default: '600' },
		'full-page': { type: 'boolean', default: false },
		steps: { type: 'boolean', default: false }
	}
});
const [url, out] = positionals;
if (!url || !out) {
	console.error('usage: node scripts/screenshot.js URL OUT.png [--width N] [--selector CSS]');
	process.exit(2);
}
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage({
	viewport: { width: Number(values.width), height: Number(values.height) },
	colorScheme: values.dark ? 'dark' : 'light',
	reducedMotion: values['reduced-motion'] ? 'reduce' : 'no-preference',
	hasTouch: Number(values.width) < 768,
	isMobile: Number(values.width) < 768
});
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e}`));
await page.goto(url);
await page.waitForTimeout(Number(values.wait));
if (values.steps) {
	mkdirSync(out, { recursive: true });
	await page.mouse.wheel(0, 1); // the story loads its charts once the reader scrolls
	for (const id of await page.$$eval('[data-step]', (els) => els.map((e) => e.id))) {
		await page.evaluate((id) => {
			const el = /** @type {HTMLElement} */ (document.getElementById(id));
			const engine = /** @type {HTMLElement} */ (el.closest('[data-trigger-line]'));
			const line = Number(engine.dataset.triggerLine);
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
		}, id);
		await page.waitForTimeout(Number(values.wait));
		await page.screenshot({ path: `${out}/${id}.png` });
		console.log(`${out}/${id}.png`);
	}
} else if (values.selector) await page.locator(values.selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: values['full-page'] });
await browser.close();
console.log(out);
