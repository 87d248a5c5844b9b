// build/ uploaded to a deep folder of a plain static host: no broken link or asset on any
// page, and the story and every embed render without a console error.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { LinkChecker } from 'linkinator';
import { CHART_IDS } from '../../src/lib/charts/catalogue';
import { createStaticServer } from '../../scripts/serve.js';
import { test, expect } from './fixtures';

const BASE = '/graphics/2024/within-range/';
let server: Server;
let root = '';

test.beforeAll(async () => {
	server = createStaticServer({ dir: 'build', base: BASE });
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`;
});
test.afterAll(() => server.close());

test('a crawler finds no broken link or asset from a deep subfolder', async () => {
	test.setTimeout(120_000);
	const checker = new LinkChecker();
	const result = await checker.check({
		// The story and every embed page (embeds are linked from other sites, not the story).
		path: [root, ...CHART_IDS.map((c) => `${root}embed/${c}/`)],
		recurse: true,
		concurrency: 8,
		// Sources' own websites are outside this machine's reach; every link of the build is not.
		linksToSkip: (link: string) => Promise.resolve(!link.startsWith(root.replace(BASE, '/')))
	});
	const broken = result.links
		.filter((l) => l.state === 'BROKEN')
		.map((l) => `${l.status} ${l.url} (on ${l.parent})`);
	expect(broken).toEqual([]);
	const checked = result.links.filter((l) => l.state === 'OK').map((l) => l.url);
	// It did reach the pages' scripts, the CSVs, the images.
	for (const chart of CHART_IDS) expect(checked).toContain(`${root}embed/${chart}/`);
	expect(checked.some((u) => u.endsWith('.csv'))).toBe(true);
	expect(checked.some((u) => u.endsWith('.png'))).toBe(true);
	expect(checked.some((u) => u.includes('/_app/immutable/'))).toBe(true);
});

for (const path of ['', ...CHART_IDS.map((c) => `embed/${c}/`)]) {
	test(`${path || 'the story'} renders from the subfolder with no console error`, async ({
		page
	}) => {
		await page.goto(root + path);
		await expect(
			page.locator('figure[data-chart] .graphic svg').filter({ visible: true }).first()
		).toBeVisible();
		// Hydrated: the chart reacts to the page's script.
		await expect(page.locator('html')).not.toHaveAttribute('data-never', 'x');
	});
}

test('an unknown embed gets the 404 page, listing the charts that exist', async ({ browser }) => {
	const page = await browser.newPage();
	const response = await page.goto(`${root}embed/nothing/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/nothing at this address/);
	for (const chart of CHART_IDS) {
		const link = page.getByRole('link', { name: chart, exact: true });
		await expect(link).toHaveAttribute('href', `${BASE}embed/${chart}/`);
	}
	await page.close();
});
