// One escaper for every piece of markup written as text: the share cards' SVG, the charts'
// data tables and the embed snippets.

/** Text made safe inside an element or a double-quoted attribute, in HTML or SVG. */
export function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
