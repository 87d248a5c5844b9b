/** The timeline's named states, in story order, and the one an embed shows by default. */
export const STATES = ['decision', 'before', 'after'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'decision';
