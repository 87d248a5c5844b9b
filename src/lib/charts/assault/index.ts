/** The assault chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['all', 'by-type', 'shot-down'] as const;
/** One of the chart's named states. */
export type AssaultState = (typeof STATES)[number];
export const DEFAULT_STATE: AssaultState = 'by-type';
