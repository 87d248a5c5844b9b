/** The troops chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['estimates', 'up-to', 'force'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'force';
