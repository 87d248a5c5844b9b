/** The aid chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['us', 'donors', 'by-type'] as const;
/** One of the chart's named states. */
export type AidState = (typeof STATES)[number];
export const DEFAULT_STATE: AidState = 'by-type';
