import type { Dataset } from './dataset';
import type { Figure } from './schema';

/** A figure by id; a chart that needs a missing one stops the build and says which. */
export function requireFigure(dataset: Pick<Dataset, 'figures'>, id: string): Figure {
	const fig = dataset.figures.find((f) => f.id === id);
	if (!fig) throw new Error(`A chart needs figure "${id}", which is not in data/.`);
	return fig;
}

/** A numeric figure by id (a date figure here is a data error). */
export function requireAmount(dataset: Pick<Dataset, 'figures'>, id: string) {
	const fig = requireFigure(dataset, id);
	if (fig.unit === 'date') throw new Error(`Figure "${id}" is a date where a number is needed.`);
	return fig;
}
