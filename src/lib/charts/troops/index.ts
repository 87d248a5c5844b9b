/** The troops chart's named states, in story order, and the one an embed shows by default. */
export const STATES = ['estimates', 'up-to', 'force'] as const;
/** One of the chart's named states. */
export type TroopsState = (typeof STATES)[number];
export const DEFAULT_STATE: TroopsState = 'force';
