// The first screen never waits for script. SvelteKit asks for its client at high priority
// (a modulepreload per chunk, then the boot script's imports) while the browser is still
// painting the page; the story's first screen is plain prerendered HTML and CSS that needs
// none of it. So, on pages with a client: no modulepreload links, and the boot script
// fetches the client once the first frame is on screen.

const MODULEPRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g;
const BOOT_START = 'Promise.all([';
const BOOT_THEN = ']).then(([kit, app]) => {';
/**
 * Resolves once the browser has painted the page's first frame (or after a second, for a
 * tab opened in the background, which paints no frames).
 */
const AFTER_PAINT =
	'new Promise((r) => {requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 1000);})';

/**
 * Rewrites a prerendered page's SvelteKit boot to start after the first paint. Fails the build, with
 * the reason, if SvelteKit's boot script no longer has the shape this expects.
 */
export function deferBoot(html: string, page: string): string {
	const start = html.indexOf(BOOT_START);
	const then = html.indexOf(BOOT_THEN, start);
	if (start < 0 || then < 0 || html.indexOf(BOOT_START, start + 1) >= 0)
		throw new Error(
			`${page}: SvelteKit's boot script has changed shape (expected one "${BOOT_START}…${BOOT_THEN}"); update src/lib/boot.ts`
		);
	return (
		html.slice(0, start).replace(MODULEPRELOAD, '') +
		`${AFTER_PAINT}.then(() => ${BOOT_START}` +
		html.slice(start + BOOT_START.length, then) +
		'])).then(([kit, app]) => {' +
		html.slice(then + BOOT_THEN.length)
	);
}
