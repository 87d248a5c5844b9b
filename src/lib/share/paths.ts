// Where the share pages and cards are, under an edition's root: apart from the share tags
// (meta.ts), as the story's page links each step's page and should not carry the tags' code.

/** Where each share card is, under the site's root. */
export const shareImagePath = (name: string) => `share/${name}.png`;

/** A step's own page, which carries its card, under its edition's root: 's/reach-atacms/'. */
export const stepPagePath = (step: string) => `s/${step}/`;

/** A step's share card, under its edition's root: 'share/s/reach-atacms.png'. */
export const stepImagePath = (step: string) => shareImagePath(`s/${step}`);
