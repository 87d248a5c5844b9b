import type { ParamMatcher } from '@sveltejs/kit';
import { EDITIONS } from '$lib/content/editions';

/** The editions other than English, which lives at the root: /uk/, /uk/embed/… */
export const match: ParamMatcher = (param) => (EDITIONS as readonly string[]).includes(param);
