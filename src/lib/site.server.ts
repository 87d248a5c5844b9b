import { siteUrl } from './site';

/** The build's public URL, read once from the environment at build time. */
export const SITE_URL = siteUrl(process.env.SITE_URL);
