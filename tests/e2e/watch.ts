// Watching what a chart draws while it moves, from inside the page, frame by frame: the marks'
// positions, what animates and where, and the colour on screen.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { scrollToStep, settleOnStep } from './steps';

/** What one frame shows of the watched marks, read inside the page. */
export type Probe = 'assault' | 'drones' | 'reach' | 'bars' | 'blocks' | 'glides' | 'settle';

/**
 * Scrolls to `from`, waits for its chart to hydrate and settle, then scrolls to `to` and
 * records, frame by frame inside the page (so a slow test machine cannot miss frames), what
 * `probe` reads of the marks, and whether the frame hid the labels meanwhile.
 */
export async function track(
	page: Page,
	section: string,
	from: string,
	to: string,
	probe: Probe,
	ready: () => Promise<unknown> = async () => {}
) {
	await settleOnStep(page, section, from);
	await ready();
	return page.evaluate(
		({ section, to, probe }) =>
			new Promise<{ before: string; seen: string[]; hid: boolean }>((done) => {
				const root = document.querySelector(`section#${section} .graphic[role="img"]`)!;
				const read = () => {
					if (probe === 'assault') {
						// Marks that look alike share a path: its outline, as drawn (CSS may be
						// moving it), is their positions.
						const r = root.querySelector('svg .marks path:last-of-type')!;
						return `${r.getAttribute('class')} ${getComputedStyle(r).d}`;
					}
					if (probe === 'drones') {
						// What is drawn (computed colour and height), not what the state set.
						const r = [...root.querySelectorAll('svg .columns rect')];
						return r
							.map((e) => getComputedStyle(e))
							.map((s) => `${s.fill} ${s.opacity} ${s.height}`)
							.join(' ');
					}
					if (probe === 'bars') {
						// Where each bar is drawn (its box) and the transforms that carry it: its own,
						// or its layer's, where one carries all the bars.
						const r = [...root.querySelectorAll('svg .bars rect, svg .stack rect')];
						const box = (e: Element) =>
							['x', 'y', 'width', 'height'].map((a) => e.getAttribute(a)).join(',');
						const carry = (e: SVGGraphicsElement) =>
							[e, e.ownerSVGElement!].map((c) => getComputedStyle(c).transform).join(' ');
						return r.map((e) => `${box(e)}|${carry(e as SVGGraphicsElement)}`).join(';');
					}
					if (probe === 'glides') {
						// Where every mark in the plot is drawn, and the transform that carries it.
						const r = [...root.querySelectorAll('svg path, svg circle, svg rect')];
						const at = (e: Element) =>
							['x', 'y', 'cx', 'cy', 'd'].map((a) => e.getAttribute(a) ?? '').join(',');
						return r.map((e) => `${at(e)}|${getComputedStyle(e).transform}`).join(';');
					}
					if (probe === 'blocks') {
						// Each block of dots shown: where it is seen (transform included), its fade.
						const shown = [...root.querySelectorAll('.people > .block')].filter(
							(e) => getComputedStyle(e).display !== 'none'
						);
						return shown
							.map((e) => {
								const r = e.getBoundingClientRect();
								const seen = [r.left, r.top, r.width].map(Math.round).join(',');
								const s = getComputedStyle(e);
								return `${seen}|${s.transform}|${s.opacity}`;
							})
							.join(';');
					}
					if (probe === 'settle') {
						// Where the note under the plot is seen (transform included) from the plot's
						// top (the stage above may change too: a takeaway of a line more), the
						// plot's height, and how many animations the note has.
						const note = root.querySelector('.note')!;
						const cake = root.querySelector('.cake')!.getBoundingClientRect();
						const top = note.getBoundingClientRect().top - cake.top;
						const sliding = note.getAnimations().length;
						return `${top.toFixed(1)}|${cake.height.toFixed(1)}|${sliding}`;
					}
					const svg = root.querySelector('svg')!;
					return `${svg.getAttribute('viewBox')} ${getComputedStyle(svg).transform}`;
				};
				const before = read();
				const seen: string[] = [];
				let hid = false;
				// Until 900 ms after the first frame that differs (a loaded machine may take a
				// while to reach the step), or 5 s.
				const t0 = performance.now();
				let moved = 0;
				const frame = () => {
					const now = performance.now();
					seen.push(read());
					if (!moved && seen.at(-1) !== before) moved = now;
					hid ||= root.hasAttribute('data-moving');
					if ((!moved || now - moved < 900) && now - t0 < 5000) requestAnimationFrame(frame);
					else done({ before, seen, hid });
				};
				requestAnimationFrame(frame);
				const el = document.getElementById(to)!;
				const line = Number(el.closest<HTMLElement>('[data-trigger-line]')!.dataset.triggerLine);
				window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 8);
			}),
		{ section, to, probe }
	);
}

/**
 * How far the colour on screen at `at` is from the colour token `token` (`--color-…`): the
 * largest difference of its red, green and blue, 0–255.
 */
export async function offColour(page: Page, at: { x: number; y: number }, token: string) {
	const png = await page.screenshot({ clip: { ...at, width: 2, height: 1 } });
	const [seen, want] = await page.evaluate(
		async ({ src, token }) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
			c.drawImage(img, 0, 0);
			const probe = document.createElement('i');
			probe.style.color = `var(--color-${token})`;
			document.body.append(probe);
			const rgb = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
			probe.remove();
			return [[...c.getImageData(0, 0, 1, 1).data.slice(0, 3)], rgb];
		},
		{ src: `data:image/png;base64,${png.toString('base64')}`, token }
	);
	return Math.max(...seen.map((v, i) => Math.abs(v - want[i])));
}

/** What animates inside `section`'s chart in the 20 frames after `step` is scrolled to. */
export async function movesIn(page: Page, section: string, step: string) {
	const moving = page.evaluate(
		(section) =>
			new Promise<string[]>((done) => {
				const island = document.querySelector(`section#${section} [data-chart-island]`)!;
				const seen = new Set<string>();
				let n = 0;
				const frame = () => {
					for (const a of document.getAnimations()) {
						const el = (a.effect as KeyframeEffect).target;
						if (el && island.contains(el))
							seen.add(`${el.getAttribute('class')} ${(a as CSSTransition).transitionProperty}`);
					}
					if (++n < 20) requestAnimationFrame(frame);
					else done([...seen]);
				};
				requestAnimationFrame(frame);
			}),
		section
	);
	await scrollToStep(page, step);
	return moving;
}
