import { CHARTS, isChartState, type ChartId } from '$lib/charts/catalogue';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Longer values are never a real state or theme: ignored before any lookup. */
const MAX_LENGTH = 64;

export interface EmbedParams {
	state: string;
	theme: Theme;
	/** pym.js's child id, echoed in its height messages; only safe characters pass. */
	childId: string | null;
}

/**
 * Reads an embed's query string. Unknown, malformed or oversized values fall back to the
 * defaults: the chart's default state, the reader's own colour scheme, no pym id.
 */
export function readEmbedParams(chart: ChartId, search: URLSearchParams): EmbedParams {
	const get = (key: string) => {
		const v = search.get(key);
		return v !== null && v.length <= MAX_LENGTH ? v : null;
	};
	const state = get('state');
	const theme = get('theme');
	const childId = get('childId');
	return {
		state: isChartState(chart, state) ? state : CHARTS[chart].DEFAULT_STATE,
		theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : 'auto',
		childId: childId && /^[\w-]+$/.test(childId) ? childId : null
	};
}
