// A mark's move between states as the browser animates it. The mark takes its new box at
// once, and a transform carries it there from the box it showed: an animation of a transform
// alone, which Chromium runs on the compositor even for SVG (unless the plot is zoomed, or the
// mark has a non-scaling stroke), so no frame of it waits for the page's script or repaints
// the plot (CSS transitions of `x`, `y`, `width` and `height` repainted every frame, and at
// 4× CPU missed one refresh in three while scrolling).
import { prefersReducedMotion } from 'svelte/motion';
import { STATE_DURATION, STATE_EASING } from '../motion.svelte';
import { samePart as same, type Part } from './fly';
import { stretchIn, watchSize } from './ctm';
import { boxAt, boxFrom, sharedFrom, transformOf, type Motion, type Shared } from './boxes';

interface Flight {
	from: Part;
	to: Part;
	animation?: Animation;
}
const flights = new WeakMap<Element, Flight>();

/** The box an element shows now: where its flight has carried it, or where it rests. */
function shown(flight: Flight): Part {
	const { animation } = flight;
	if (animation?.playState !== 'running') return flight.to;
	const p = animation.effect?.getComputedTiming().progress;
	return p == null ? flight.to : boxAt(flight.from, flight.to, p);
}

/** Starts `el`'s flight from `from` (none the first time) to `box`, where it is drawn. */
function fly(el: Element, from: Part | undefined, box: Part, own: boolean): void {
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
	fly(el, from, box, own);
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

/** Each group's own flight, where one transform carries all its marks. */
const groups = new WeakMap<Element, Animation>();

/**
 * The transform of the outer <svg> that holds `group` alone, in px of its own box,
 * under which marks drawn in `group`'s user space show as `map` carries them. Null where the
 * group's user space is turned or skewed there.
 */
function carried(group: SVGGraphicsElement, svg: SVGSVGElement, map: Shared): string | null {
	// An axis the map neither moves nor scales needs no stretch (aid's bars grow across from
	// a plot of no height: getCTM, asked for its height, laid the page out in the step's task).
	const need = { x: map.sx !== 1 || map.tx !== 0, y: map.sy !== 1 || map.ty !== 0 };
	const m = stretchIn(group, svg, need);
	if (!m) return null;
	return transformOf({
		...map,
		tx: m.a * map.tx + m.e * (1 - map.sx),
		ty: m.d * map.ty + m.f * (1 - map.sy)
	});
}

/**
 * The marks of `group` glide to `boxes` (each mark's, where it is drawn): where one map
 * carries them all (sharedFrom), as one, by a single animation of the outer <svg> that holds
 * them alone, an HTML box (a browser services every animation every frame, and one of an
 * SVG element's transform lays its marks out again: 60 columns' glides missed frames as a
 * step changed); else each by its own (glideTo).
 */
function glideGroup(group: SVGGraphicsElement, boxes: [Element, Part][]): void {
	const moves = boxes.map(([el, to]) => {
		const flight = flights.get(el);
		return { el, to, flight, from: flight && shown(flight) };
	});
	const kept = (m: (typeof moves)[number]) => m.flight && same(m.flight.to, m.to);
	if (moves.every(kept)) return; // Redrawn, not moved: the flights go on.
	const shared = groups.get(group);
	shared?.cancel();
	groups.delete(group);
	const svg = group.ownerSVGElement;
	const all = svg && !svg.ownerSVGElement && moves.every((m) => m.from);
	const map = all && !prefersReducedMotion.current ? sharedFrom(moves as Motion[]) : null;
	const start = map && carried(group, svg!, map);
	if (!start || start === 'translate(0px, 0px) scale(1, 1)') {
		// Each on its own: a mark still on its own way flies on.
		for (const m of moves) {
			if (kept(m) && m.flight!.animation !== shared) continue;
			m.flight?.animation?.cancel();
			fly(m.el, m.from, m.to, false);
		}
		return;
	}
	for (const m of moves) m.flight?.animation?.cancel();
	const at = { transformOrigin: '0 0', transformBox: 'border-box' };
	const animation = svg!.animate(
		[
			{ transform: start, ...at },
			{ transform: 'none', ...at }
		],
		{ duration: STATE_DURATION, easing: STATE_EASING }
	);
	groups.set(group, animation);
	for (const m of moves) flights.set(m.el, { from: m.from!, to: m.to, animation });
}

/**
 * The rects in `group()` glide to where they are drawn whenever `marks()` changes (read after
 * Svelte has set their attributes, which cost no layout to read), as one where they can
 * (glideGroup: the layer's <svg> moves, so it must hold these marks alone, or marks that
 * fade as these move). Call during component setup.
 */
export function glideMarks(group: () => SVGGElement | undefined, marks: () => unknown): void {
	$effect(() => {
		marks();
		const g = group();
		if (g?.ownerSVGElement) watchSize(g.ownerSVGElement);
		if (g)
			glideGroup(
				g,
				[...g.querySelectorAll('rect')].map((r) => [r, boxOf(r)])
			);
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
