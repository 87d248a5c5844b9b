import raw from '../../content/story.aml?raw';
import { getDataset } from '$lib/data/index.server';
import { parseStory, type Story } from './copy';

let cached: Story | undefined;

/** The story copy, parsed and checked against data/ once per build. */
export function getStory(): Story {
	cached ??= parseStory(raw, getDataset());
	return cached;
}
