import type { FrameProps } from './props';

/** Everything a story chart is drawn from except its data (which arrives with its code). */
export interface IslandProps extends FrameProps {
	/** The named state the chart shows. */
	state: string;
}
