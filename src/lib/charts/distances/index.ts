/** The distances chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['cities', 'within'] as const;
/** One of the chart's named states. */
export type DistancesState = (typeof STATES)[number];
export const DEFAULT_STATE: DistancesState = 'within';
