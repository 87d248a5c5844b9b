// Screenshot a page (or one element) in Chromium, to look at what a reader sees.
//   node scripts/screenshot.js URL OUT.png [--width 375] [--height 667] [--selector CSS]
//     [--dark] [--reduced-motion] [--wait 600]
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
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
		'full-page': { type: 'boolean', default: false }
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
	reducedMotion: values['reduced-motion'] ? 'reduce' : 'no-preference'
});
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e}`));
await page.goto(url);
await page.waitForTimeout(Number(values.wait));
if (values.selector) await page.locator(values.selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: values['full-page'] });
await browser.close();
console.log(out);
