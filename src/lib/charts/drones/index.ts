/** The drones chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['year', 'rise', 'october'] as const;
/** One of the chart's named states. */
export type DronesState = (typeof STATES)[number];
export const DEFAULT_STATE: DronesState = 'october';
