/** The distances chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['cities', 'within'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'within';
