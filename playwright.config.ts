import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * The browser for e2e tests: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Fails with instructions when there is none.
 */
function chromiumPath(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	let own = '';
	try {
		own = chromium.executablePath();
	} catch {
		/* no Playwright browser either */
	}
	if (own && existsSync(own)) return undefined;
	throw new Error(
		'No Chromium for the e2e tests. Install one (Debian: `apt-get install -y chromium`; ' +
			'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chrome/Chromium binary.'
	);
}

/**
 * The tests' server takes a free port of its own, so `npm start` (4173) and `npm test` run
 * side by side. Chosen once by the runner and handed to its workers through the environment
 * (each worker loads this file again).
 */
function freePort(): number {
	const script =
		"const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
	return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
process.env.E2E_PORT ||= String(freePort());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		// Checks on the files in build/, no browser needed.
		{ name: 'build', testMatch: /build-.*\.test\.ts/ },
		{
			name: 'desktop',
			testIgnore: /build-.*\.test\.ts/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		},
		{
			name: 'mobile',
			// Embeds set their own widths; the build checks need no browser.
			testIgnore: [
				/build-.*\.test\.ts/,
				/embed\.test\.ts/,
				/subfolder\.test\.ts/,
				/embed-code\.test\.ts/,
				/embed-cls\.test\.ts/,
				/embed-heights\.test\.ts/
			],
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 375, height: 667 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		}
	],
	webServer: {
		// Tests run against the production build, served as a static host would.
		command: `node scripts/serve.js --port ${PORT} --quiet`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false
	}
});
