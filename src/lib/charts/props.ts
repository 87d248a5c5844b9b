import type { Source } from '$lib/data/schema';
import type { ChartCopy } from '$lib/content/story';
import type { ChartWords } from '$lib/content/words';

/** What a chart's frame needs of a source: its id and credit, and its own address if any. */
export type SourceCredit = Pick<Source, 'id' | 'credit'> & Partial<Pick<Source, 'url'>>;

/** What every chart component passes on to its ChartFrame, besides its data and state. */
export interface FrameProps {
	/** The chart's title and takeaway, from the story's copy. */
	copy: ChartCopy;
	/** Every source in data/sources.csv; the frame names those the view cites. */
	sources: SourceCredit[];
	/** Where a source's credit links: the story's source list, or the source itself. */
	sourceHref: (source: SourceCredit) => string | undefined;
	/** The prerendered CSV of the chart's current state. */
	csvHref: string;
	/** The chart's current state as a standalone SVG and PNG, prerendered beside the CSV. */
	svgHref?: string;
	pngHref?: string;
	/** 1 on an embed page (its main heading is the chart), 3 inside a story section. */
	headingLevel?: 1 | 2 | 3;
	/** Announce each new state's summary to screen readers (the story's sticky graphics). */
	live?: boolean;
}

/** Every chart component's props: a pure function of its data, its state and its words. */
export interface ChartProps<Data, State extends string> extends FrameProps {
	/** The chart's slice of data/ (its data.server.ts `select`). */
	data: Data;
	/** One of the chart's named states (its index.ts `STATES`). */
	state: State;
	/** The interface's words and the chart's own, in the edition's locale (src/content/). */
	words: ChartWords;
}
