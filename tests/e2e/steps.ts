// The story's steps as the tests walk them: where they are, and how to put one on its line.
import type { Page } from '@playwright/test';

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
