/** The drones chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['year', 'rise', 'october'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'october';
