/** The aid chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['us', 'donors', 'by-type'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'by-type';
