/** The casualties chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['assault', 'attacks', 'monthly'] as const;
export const DEFAULT_STATE: (typeof STATES)[number] = 'attacks';
