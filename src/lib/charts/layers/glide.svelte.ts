// A mark's move between states as the browser animates it. The mark takes its new box at
// once, and a transform carries it there from the box it showed: an animation of a transform
// alone, which Chromium runs on the compositor even for SVG (unless the plot is zoomed, or the
// mark has a non-scaling stroke), so no frame of it waits for the page's script or repaints
// the plot (CSS transitions of `x`, `y`, `width` and `height` repainted every frame, and at
// 4× CPU missed one refresh in three while scrolling).
import { prefersReducedMotion } from 'svelte/motion';
import { STATE_DURATION, STATE_EASING } from '../motion.svelte';
import { samePart as same, type Part } from './fly';

interface Flight {
	from: Part;
	to: Part;
	animation?: Animation;
}
const flights = new WeakMap<Element, Flight>();

const round = (v: number) => Number(v.toFixed(6));

/**
 * The transform under which a box drawn as `to` covers `from`: each axis scaled by the boxes'
 * ratio and moved so their corners meet, about the user space's origin (SVG) or, `own`, the
 * box's own corner (HTML). Null when `to` has no width or height (no scale maps it).
 */
export function boxFrom(from: Part, to: Part, own = false): string | null {
	if (to.width <= 0 || to.height <= 0) return null;
	// Not quite zero: the compositor cannot run a transform that collapses the mark.
	const sx = Math.max(from.width / to.width, 1e-3);
	const sy = Math.max(from.height / to.height, 1e-3);
	const tx = from.x - (own ? 1 : sx) * to.x;
	const ty = from.y - (own ? 1 : sy) * to.y;
	return `translate(${round(tx)}px, ${round(ty)}px) scale(${round(sx)}, ${round(sy)})`;
}

/** Where a box is, a fraction `p` of the way from `a` to `b` (a transform between them moves
 * every edge linearly). */
export function boxAt(a: Part, b: Part, p: number): Part {
	const at = (u: number, v: number) => u + (v - u) * p;
	return {
		x: at(a.x, b.x),
		y: at(a.y, b.y),
		width: at(a.width, b.width),
		height: at(a.height, b.height)
	};
}

/** The box an element shows now: where its flight has carried it, or where it rests. */
function shown(flight: Flight): Part {
	const { animation } = flight;
	if (animation?.playState !== 'running') return flight.to;
	const p = animation.effect?.getComputedTiming().progress;
	return p == null ? flight.to : boxAt(flight.from, flight.to, p);
}

/**
 * Glides `el` to `box`, the box it is drawn at now, from the box it showed (mid-flight too, so
 * quick steps never jump): in user units (SVG marks), or, `own`, in px of the element's own
 * CSS box (any element laid out by CSS, an outer <svg> too). The first box, a box with no
 * area to scale, and reduced motion leave it where it is drawn.
 */
export function glideTo(el: Element, box: Part, own = false): void {
	const flight = flights.get(el);
	if (flight && same(flight.to, box)) return; // Redrawn, not moved: the flight goes on.
	const from = flight && shown(flight);
	flight?.animation?.cancel();
	flights.set(el, { from: from ?? box, to: box });
	if (!from || same(from, box) || prefersReducedMotion.current || !el.animate) return;
	const start = boxFrom(from, box, own);
	if (!start) return;
	const at = { transformOrigin: '0 0', transformBox: own ? 'border-box' : 'view-box' };
	const frames = [
		{ transform: start, ...at },
		{ transform: 'none', ...at }
	];
	const animation = el.animate(frames, { duration: STATE_DURATION, easing: STATE_EASING });
	flights.set(el, { from, to: box, animation });
}

/**
 * An attachment (`{@attach glide(box)}`): its SVG mark glides to `box`, where it is drawn in
 * user units, whenever the box changes. A part that only moves may give any box of its size.
 */
export const glide = (box: Part) => (el: Element) => glideTo(el, box);

const boxOf = (r: SVGRectElement): Part => ({
	x: r.x.baseVal.value,
	y: r.y.baseVal.value,
	width: r.width.baseVal.value,
	height: r.height.baseVal.value
});

/**
 * Each rect in `group()` glides to where it is drawn whenever `marks()` changes (read after
 * Svelte has set their attributes, which cost no layout to read). Call during component setup.
 */
export function glideMarks(group: () => SVGGElement | undefined, marks: () => unknown): void {
	$effect(() => {
		marks();
		const g = group();
		if (g) for (const r of g.querySelectorAll('rect')) glideTo(r, boxOf(r));
	});
}

/** An absolutely placed element's box in its container, as laid out (no transform), if shown
 * (a glide of an unseen element ran on the main thread). */
function placed(el: Element): Part | undefined {
	const s = getComputedStyle(el);
	if (s.display === 'none' || s.opacity === '0') return undefined;
	const [x, y, width, height] = [s.left, s.top, s.width, s.height].map(parseFloat);
	return { x, y, width, height };
}

/**
 * Each absolutely placed element `selector` finds in `container()` (sized by CSS, so only
 * layout knows its box in px) glides to where it is laid out whenever `marks()` changes: one
 * layout per change, none per frame. It is measured in the next frame, before it is drawn:
 * by then the frame has marked its marks as moving, so their CSS fades start (a style read
 * earlier would settle their new opacity first). Boxes are as CSS gives them (before any
 * zoom); after a new container width, elements take their next boxes at once.
 * Call during component setup.
 */
export function glidePlaced(
	container: () => HTMLElement | undefined,
	selector: string,
	marks: () => unknown
): void {
	let width = '';
	let frame = 0;
	const measure = (c: HTMLElement) => {
		const was = width;
		width = getComputedStyle(c).width;
		for (const el of c.querySelectorAll(selector)) {
			const box = placed(el);
			// Hidden, or laid out anew: it starts again from where it is drawn.
			if (!box || width !== was) {
				flights.get(el)?.animation?.cancel();
				flights.delete(el);
			}
			if (box) glideTo(el, box, true);
		}
	};
	$effect(() => {
		marks();
		const c = container();
		if (c) frame = requestAnimationFrame(() => measure(c));
		return () => cancelAnimationFrame(frame);
	});
}
