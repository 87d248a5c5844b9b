import type { Dataset } from '$lib/data/dataset';
import { requireFigure } from '$lib/data/lookup';

/** One dated event: a date figure from data/ and its short label from the story copy. */
export interface TimelineEvent {
	id: string;
	/** YYYY-MM-DD, or YYYY-MM when the source gives only the month. */
	date: string;
	label: string;
	source: string;
}

export interface TimelineData {
	events: TimelineEvent[];
}

/** The timeline's events, in date order; every date comes from data/, every label from copy. */
export function select(
	dataset: Pick<Dataset, 'figures'>,
	story: { timeline: { figure: string; label: string }[] }
): TimelineData {
	const events = story.timeline.map(({ figure, label }) => {
		const fig = requireFigure(dataset, figure);
		if (fig.unit !== 'date') throw new Error(`Timeline figure "${figure}" is not a date.`);
		return { id: fig.id, date: fig.value, label, source: fig.source };
	});
	return { events: events.sort((a, b) => a.date.localeCompare(b.date)) };
}
