// Where a group's user space lies in its outer <svg>, without asking layout. getCTM() lays the
// page out: called as a step changes, just after Svelte has redrawn the marks, it laid the
// plot out inside the step's own task (a third of cost-monthly's, on a phone at 4× CPU: a
// task over 50 ms). A plot's marks are drawn in a viewBox stretched over the <svg>
// (LayerCake's ScaledSvg: preserveAspectRatio none), so the map follows from the viewBox and
// the <svg>'s size, which a ResizeObserver reports after each layout at no cost.

/** The scale and offset of user space in the outer <svg>'s px: (a·x + e, d·y + f). */
export interface Stretch {
	a: number;
	d: number;
	e: number;
	f: number;
}

interface Size {
	width: number;
	height: number;
}
const sizes = new WeakMap<Element, Size>();
let observer: ResizeObserver | undefined;

/** Keeps `svg`'s content-box size at hand from now on (the first report follows its next layout). */
export function watchSize(svg: SVGSVGElement): void {
	if (typeof ResizeObserver === 'undefined') return;
	observer ??= new ResizeObserver((entries) => {
		for (const { target, contentRect } of entries)
			sizes.set(target, { width: contentRect.width, height: contentRect.height });
	});
	observer.observe(svg); // Observing an element again changes nothing.
}

/** The axes a map needs: one that neither moves nor scales marks needs no stretch. */
export interface Axes {
	x: boolean;
	y: boolean;
}
const BOTH: Axes = { x: true, y: true };

/**
 * The stretch a viewBox of `box` gets in an <svg> of `size`, with no aspect ratio kept, on the
 * axes `need` asks for (any other is left as it is, 1 and 0); null where one of those has no
 * area in either (a plot of no height showed nothing: where its marks start, only its new
 * layout says).
 */
export function stretchOf(
	box: Size & { x: number; y: number },
	size: Size,
	need: Axes = BOTH
): Stretch | null {
	const axis = (length: number, px: number, at: number) =>
		length > 0 && px > 0 ? { scale: px / length, shift: 0 - at * (px / length) } : null; // 0 - x, not -x: never -0
	const x = need.x ? axis(box.width, size.width, box.x) : { scale: 1, shift: 0 };
	const y = need.y ? axis(box.height, size.height, box.y) : { scale: 1, shift: 0 };
	return x && y ? { a: x.scale, d: y.scale, e: x.shift, f: y.shift } : null;
}

const NONE = 1; // SVGPreserveAspectRatio.SVG_PRESERVEASPECTRATIO_NONE

/** No transform between `group` and `svg`, `group` included. */
function untransformed(group: SVGGraphicsElement, svg: SVGSVGElement): boolean {
	for (let el: Element | null = group; el && el !== svg; el = el.parentElement)
		if (!(el instanceof SVGGElement) || el.transform.baseVal.numberOfItems > 0) return false;
	return true;
}

/**
 * `group`'s user space in its outer <svg>'s px as last laid out, where the reader saw its
 * marks (a plot that grows with the new state moves them a little as it grows, which marks
 * growing from nothing never show). Where the viewBox and size cannot say (no size yet, a
 * plot of no height, an aspect ratio kept, a transform on the way), getCTM, which lays the
 * page out. Only the axes `need` asks for are worked out (a plot of no height, whose marks
 * only grow across, needs none of its height). Null where the space is turned or skewed.
 */
export function stretchIn(
	group: SVGGraphicsElement,
	svg: SVGSVGElement,
	need: Axes = BOTH
): Stretch | null {
	const size = sizes.get(svg);
	const box = svg.viewBox.baseVal;
	const kept = svg.preserveAspectRatio.baseVal.align !== NONE;
	const known = size && box && !kept && untransformed(group, svg) && stretchOf(box, size, need);
	if (known) return known;
	const m = group.getCTM();
	return m && m.b === 0 && m.c === 0 ? { a: m.a, d: m.d, e: m.e, f: m.f } : null;
}
