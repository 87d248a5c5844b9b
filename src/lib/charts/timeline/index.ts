/** The timeline's named states, in story order, and the one an embed shows by default. */
export const STATES = ['decision', 'before', 'after'] as const;
/** One of the chart's named states. */
export type TimelineState = (typeof STATES)[number];
export const DEFAULT_STATE: TimelineState = 'decision';
