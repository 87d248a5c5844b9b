import { embedLoad } from '$lib/embed/load.server';

export const load = embedLoad('assault');
