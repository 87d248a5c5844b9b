import { getDataset } from '$lib/data/index.server';
import { getStory } from '$lib/scrolly/copy.server';

export function load() {
	const { figures, sources } = getDataset();
	return { story: getStory(), figures, sources };
}
