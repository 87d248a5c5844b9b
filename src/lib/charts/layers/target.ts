// Where a plot is drawn: the page (HTML labels over scaled SVG, sized by CSS), or a standalone
// SVG at a fixed width (the downloads and share cards): every label SVG <text>, every length
// in px, every colour resolved. The server sets the target; the page never does, so a layer
// reads `svgTarget()` and draws as before when it is undefined.
import { getContext, setContext } from 'svelte';

export type Face = 'sans' | 'sans-bold' | 'serif' | 'serif-bold';

/** What a plot drawn as standalone SVG needs from the server: its width, colours and type. */
export interface SvgTarget {
	/** The plot's width in px. */
	width: number;
	/** A colour token's value (tokens.css, light scheme): `color('attack')`. */
	color: (token: string) => string;
	/** A length token's value in px: `length('size-xs')` is 13. */
	length: (token: string) => number;
	/** A line's width in px, in the face images are set in. */
	measure: (text: string, size: number, face?: Face) => number;
	/** Text broken into lines no wider than `width` (an ellipsis ends a cut last line). */
	wrap: (text: string, width: number, size: number, face?: Face, maxLines?: number) => string[];
	/** The font-family an image names for a face (with fallbacks for other tools). */
	family: (face: Face) => string;
}

const KEY = 'render-target';

/**
 * The standalone SVG target, or undefined on the page. Only the server draws images: layers
 * test `import.meta.env.SSR && svg`, so the browser's bundle leaves their SVG branches out.
 */
export const svgTarget = () =>
	import.meta.env.SSR ? getContext<SvgTarget | undefined>(KEY) : undefined;

/** Draws the plots below as standalone SVG (the server's renderer, share/plot.server.ts). */
export const setSvgTarget = (target: SvgTarget) => setContext(KEY, target);

/**
 * LayerCake's size props for the target: none on the page (CSS sizes it, scales in percent);
 * the plot's px size for an SVG, so every scale gives px.
 */
export const cakeSize = (svg: SvgTarget | undefined, height: number) =>
	svg ? { percentRange: false, containerWidth: svg.width, containerHeight: height } : {};

/** Charts up to this wide take their short labels (the layers' container queries: 480px). */
export const NARROW = 480;
