// The story's copy as the pages use it: its shape, and plain text. Parsing and checking it
// (archieml, data/) happens at build time only, in parse.ts.
import type { ChartId } from '$lib/charts/catalogue';
import type { Opening } from './opening';

/** A run of copy: plain words, or a figure rendered from data/ with its source. */
export type Segment =
	{ kind: 'text'; text: string } | { kind: 'fig'; id: string; text: string; source: string };

/** A chart's own words, shared by the story and its embed page. */
export interface ChartCopy {
	title: string;
	takeaway: Segment[];
}

/** One step of the scrollytelling: its words, and the state its section's chart shows. */
export interface Step {
	id: string;
	state: string;
	text: Segment[];
}

/** A step as the hydrated page has it: its words stay in the server's HTML (StorySteps). */
export type PageStep = Omit<Step, 'text'>;

/** A section as the hydrated page has it: its steps without their words. */
export type PageSection = Omit<Section, 'steps'> & { steps: PageStep[] };

/** A section: a heading, a chart that sticks while its steps scroll past. */
export interface Section {
	id: string;
	title: string;
	chart: ChartId;
	steps: Step[];
}

/** Where sources disagree: a topic and the figures that differ. */
export interface Disagreement {
	topic: string;
	figures: string[];
	note: string;
}

export interface Story {
	headline: string;
	dek: Segment[];
	byline: string;
	/** The news headline, date line and the chart above the fold. */
	opening: Opening;
	sections: Section[];
	charts: Record<ChartId, ChartCopy>;
	/** The timeline's events: a date figure and its label. */
	timeline: { figure: string; label: string }[];
	methods: string[];
	disagreements: Disagreement[];
}

/** Plain text of segments, for meta descriptions and screen-reader summaries. */
export function plain(segments: Segment[]): string {
	return segments.map((s) => s.text).join('');
}
