/** The reach map's named states, in story order, and the one an embed shows by default. */
export const STATES = ['himars', 'storm-shadow', 'atacms', 'kursk'] as const;
/** One of the chart's named states. */
export type ReachState = (typeof STATES)[number];
export const DEFAULT_STATE: ReachState = 'atacms';
