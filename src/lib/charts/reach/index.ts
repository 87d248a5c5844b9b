/** The reach map's named states, in story order, and the one an embed shows by default. */
export const STATES = ['himars', 'storm-shadow', 'atacms', 'kursk'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'atacms';
