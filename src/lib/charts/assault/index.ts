/** The assault chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['all', 'by-type', 'shot-down'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'by-type';
