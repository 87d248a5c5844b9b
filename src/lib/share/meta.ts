// Open Graph and Twitter tags for a page, from the build's SITE_URL. Social sites fetch cards
// and canonical URLs from elsewhere, so those must be absolute: without SITE_URL they are
// left out rather than written relative (which crawlers ignore or misread).

/** The share cards' size: the 1.91:1 image Open Graph and Twitter's large card expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Copy segments as plain text, like plain() in $lib/content/story, without importing that
 * module (and the ArchieML parser with it) into an embed page's bundle.
 */
export const plainText = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

export interface SocialInput {
	/** The page's title as a shared link shows it. */
	title: string;
	/** A sentence or two under the title: the story's dek, a chart's takeaway. */
	description: string;
	/** Open Graph's type: the story is an article, an embed page a website. */
	type: 'article' | 'website';
	/** The build's public URL with a trailing slash (SITE_URL), or null when unset. */
	siteUrl: string | null;
	/** The site's name: the story's headline. */
	siteName: string;
	/** This page's path under the site's root: '' for the story, 'embed/drones/' for an embed. */
	path: string;
	/** The share card's path under the site's root, e.g. 'share/drones.png'. */
	image: string;
	/** The card's text alternative. */
	imageAlt: string;
	/** The page's edition: Open Graph's locale (en_GB, uk_UA). */
	locale?: 'en' | 'uk';
}

const OG_LOCALE = { en: 'en_GB', uk: 'uk_UA' } as const;

export interface SocialMetaTags {
	/** The page's absolute URL, for <link rel="canonical">; null without SITE_URL. */
	canonical: string | null;
	/** `property` for Open Graph, `name` for Twitter, as each specifies. */
	tags: { key: 'property' | 'name'; value: string; content: string }[];
}

export function socialMeta(input: SocialInput): SocialMetaTags {
	const abs = (path: string) => (input.siteUrl ? new URL(path, input.siteUrl).href : null);
	const url = abs(input.path);
	const image = abs(input.image);
	const og = (value: string, content: string) => ({ key: 'property' as const, value, content });
	const tw = (value: string, content: string) => ({ key: 'name' as const, value, content });
	return {
		canonical: url,
		tags: [
			og('og:title', input.title),
			og('og:description', input.description),
			og('og:type', input.type),
			og('og:site_name', input.siteName),
			og('og:locale', OG_LOCALE[input.locale ?? 'en']),
			...(url ? [og('og:url', url)] : []),
			...(image
				? [
						og('og:image', image),
						og('og:image:type', 'image/png'),
						og('og:image:width', String(CARD_SIZE.width)),
						og('og:image:height', String(CARD_SIZE.height)),
						og('og:image:alt', input.imageAlt)
					]
				: []),
			tw('twitter:card', 'summary_large_image'),
			tw('twitter:title', input.title),
			tw('twitter:description', input.description),
			...(image ? [tw('twitter:image', image), tw('twitter:image:alt', input.imageAlt)] : [])
		]
	};
}

/**
 * A page's <link rel="alternate" hreflang> in every edition, and English as x-default: only
 * with SITE_URL, since search engines require absolute URLs there (relative ones are errors).
 * `paths` maps each locale to the page's path under the site's root ('' , 'uk/').
 */
export function alternates(
	siteUrl: string | null,
	paths: Record<string, string>
): { hreflang: string; href: string }[] {
	if (!siteUrl) return [];
	const abs = (path: string) => new URL(path, siteUrl).href;
	const links = Object.entries(paths).map(([hreflang, path]) => ({ hreflang, href: abs(path) }));
	return [...links, { hreflang: 'x-default', href: abs(paths.en) }];
}
