// build/404.html: what a static host serves for any missing path, at any depth. It ships no
// JavaScript bundle and inlines its styles, so it renders wherever it is served from.
export const prerender = true;
export const csr = false;
export const trailingSlash = 'never';
