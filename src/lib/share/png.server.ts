// PNGs rendered from our SVG at build time with resvg, in the DejaVu faces only: no browser,
// and no system fonts, so every machine renders the same pixels.
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from './fonts.server';

/** The PNG of an SVG, scaled to a width in px. */
export function svgToPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
	const image = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		font: {
			loadSystemFonts: false,
			fontFiles: FONT_FILES,
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans',
			serifFamily: 'DejaVu Serif'
		}
	}).render();
	return new Uint8Array(image.asPng());
}
