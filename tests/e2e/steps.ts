// The story's steps as the tests walk them: where they are, and how to put one on its line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

export interface Step {
	id: string;
	/** The chart state the step asks for. */
	state: string;
	/** The id of the section it belongs to. */
	section: string;
}

/** Every step on the page, in document order, with its section and the state it asks for. */
export function steps(page: Page): Promise<Step[]> {
	return page.$$eval('[data-step]', (els) =>
		els.map((el) => ({
			id: el.id,
			state: (el as HTMLElement).dataset.state!,
			section: el.closest('section')!.id
		}))
	);
}

/** Scrolls so that a step's card sits just past its engine's trigger line. */
export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((id) => {
		const el = document.getElementById(id)!;
		const line = Number(el.closest<HTMLElement>('[data-trigger-line]')!.dataset.triggerLine);
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
	}, id);
}

/**
 * Puts `step` on its line and waits for its section's chart: its code arrives as the reader
 * nears it, then it settles at its measured width.
 */
export async function settleOnStep(page: Page, section: string, step: string) {
	await scrollToStep(page, step);
	await expect(page.locator(`section#${section} [data-step="${step}"]`)).toHaveClass(/active/);
	await expect(page.locator(`section#${section} [data-chart-island]`)).toHaveAttribute(
		'data-hydrated',
		'true'
	);
	await page.waitForTimeout(800);
}

/**
 * Waits until `step` is its section's active step: its card marked active and its stage on it.
 * The stage alone does not say: before any step is active it names the section's first.
 */
export async function expectActive(page: Page, step: Step) {
	await expect(page.locator(`#${step.id}`)).toHaveClass(/active/);
	await expect(page.locator(`section#${step.section} .sticky`)).toHaveAttribute(
		'data-active-step',
		step.id
	);
}

/**
 * Walks every step in document order: puts it on its line, waits until its section's chart
 * shows it and then `settle` ms more (the state's transition, the fit), and calls `at`.
 */
export async function walkSteps(page: Page, settle: number, at: (step: Step) => Promise<void>) {
	for (const step of await steps(page)) {
		await scrollToStep(page, step.id);
		await expectActive(page, step);
		await page.waitForTimeout(settle);
		await at(step);
	}
}

/** What a test clicks or reads by name in one edition, from its own words files. */
export interface EditionWords {
	/** The contents' navigation. */
	sections: string;
	/** The reading progress bar. */
	progress: string;
	/** A chart frame's "Show the data". */
	showData: string;
	/** A section's heading, by its id. */
	section: (id: string) => string;
}

/** One edition of the story: its locale, its path under the site's root ('' or 'uk/'), its words. */
export interface Edition {
	locale: string;
	path: string;
	words: EditionWords;
}

const content = (locale: string, file: string) =>
	archieml.load(
		readFileSync(resolve(import.meta.dirname, `../../src/content/${locale}/${file}`), 'utf8')
	);

/** Every edition the e2e walks, English first. */
export const EDITIONS: Edition[] = ['en', 'uk'].map((locale) => {
	const ui = content(locale, 'ui.aml') as Record<'page' | 'frame', Record<string, string>>;
	const story = content(locale, 'story.aml') as { sections: { id: string; title: string }[] };
	return {
		locale,
		path: locale === 'en' ? '' : `${locale}/`,
		words: {
			sections: ui.page.sections,
			progress: ui.page.progress,
			showData: ui.frame['show-data'],
			section: (id) => story.sections.find((s) => s.id === id)!.title
		}
	};
});

/**
 * Declares a file's tests once per edition: English's as they always were, each other
 * edition's inside a group named for its path ("/uk/"), so its runs are told apart.
 */
export function forEachEdition(body: (edition: Edition) => void, editions = EDITIONS) {
	for (const edition of editions)
		if (edition.path) test.describe(`/${edition.path}`, () => body(edition));
		else body(edition);
}
