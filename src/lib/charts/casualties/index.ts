/** The casualties chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['assault', 'attacks', 'monthly'] as const;
/** One of the chart's named states. */
export type CasualtiesState = (typeof STATES)[number];
export const DEFAULT_STATE: CasualtiesState = 'attacks';
