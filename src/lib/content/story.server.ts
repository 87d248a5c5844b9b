import raw from '../../content/en/story.aml?raw';
import { getDataset } from '$lib/data/index.server';
import { parseStory } from './parse';
import type { Story } from './story';

let cached: Story | undefined;

/** The story copy, parsed and checked against data/ once per build. */
export function getStory(): Story {
	cached ??= parseStory(raw, getDataset());
	return cached;
}
