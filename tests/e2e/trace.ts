// What the browser's trace says of a chart's motion: its animations (and those its compositor
// could not run) and its layouts.
import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import { track, type Probe } from './watch';

export interface TraceEvent {
	name: string;
	ph: string;
	id2?: { local?: string };
	ts: number;
	args?: { data?: { nodeName?: string; displayName?: string; compositeFailed?: number } };
}

/** Every event of the trace the browser has been recording, in time order, as it stops. */
export async function traceEvents(browser: Browser): Promise<TraceEvent[]> {
	const trace = JSON.parse((await browser.stopTracing()).toString());
	return (trace.traceEvents as TraceEvent[]).sort((a, b) => a.ts - b.ts);
}

/** The `Animation` events of the trace the browser has been recording, as it stops. */
export const animationEvents = async (browser: Browser) =>
	(await traceEvents(browser)).filter((e) => e.name === 'Animation');

/**
 * The animations of nodes `nodes` matches that Chromium's compositor could not run. An id is a
 * small counter Chromium hands out again (0x19 named a label, then the plot's height
 * transition): a failure is the node's whose animation last began at that id.
 */
export function failedOf(events: TraceEvent[], nodes: RegExp) {
	const node = new Map<string | undefined, string>();
	return events.filter((e) => {
		if (e.name !== 'Animation') return false;
		if (e.ph === 'b') node.set(e.id2?.local, e.args?.data?.nodeName ?? '');
		return e.args?.data?.compositeFailed && nodes.test(node.get(e.id2?.local) ?? '');
	});
}

/** Once `section`'s plot is unzoomed (the compositor runs no transform of an SVG mark under
 * CSS zoom), the browser starts recording `categories`. */
const unzoomedThenTrace =
	(page: Page, browser: Browser, section: string, categories: string[]) => async () => {
		await expect(page.locator(`section#${section} .sticky .graphic`).first()).toHaveCSS(
			'zoom',
			'1'
		);
		await browser.startTracing(page, { categories });
	};

/**
 * From the story's top, motion allowed: puts `from` on its line, records `categories` from the
 * moment its plot is unzoomed, moves to `to` watching `probe` (track), and returns what each
 * frame showed with the trace's events.
 */
export async function traceChange(
	page: Page,
	browser: Browser,
	[section, from, to]: [string, string, string],
	probe: Probe,
	categories = ['blink.animations', 'devtools.timeline']
) {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	const ready = unzoomedThenTrace(page, browser, section, categories);
	const watched = await track(page, section, from, to, probe, ready);
	return { ...watched, events: await traceEvents(browser) };
}
