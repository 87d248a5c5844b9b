import type { Dataset } from '$lib/data/dataset';
import { distanceKm, toRange } from '../reach/geo.server';

/** The launch point the reach map draws its rings from: distances are measured from it too. */
const FROM = 'Sumy';
/** The weapons whose reach the chart marks, shortest first (names as in data/ranges.csv). */
const WEAPONS = ['HIMARS', 'Storm Shadow/SCALP', 'ATACMS'] as const;

export interface DistanceCity {
	name: string;
	/** Great-circle distance from the launch point, km (unrounded; shown to the nearest 5). */
	km: number;
	source: string;
}

export interface DistanceRange {
	weapon: (typeof WEAPONS)[number];
	/** The shortest and longest range the reports give, in km (equal for one figure). */
	innerKm: number;
	outerKm: number;
	/** The figures behind it: their ids and sources. */
	figures: { id: string; source: string }[];
}

/** What the distances chart needs: Russia's cities in data/places.csv, and each weapon's reach. */
export interface DistancesData {
	from: string;
	cities: DistanceCity[];
	ranges: DistanceRange[];
}

export function select(dataset: Pick<Dataset, 'places' | 'ranges'>): DistancesData {
	const from = dataset.places.find((p) => p.name === FROM);
	if (!from) throw new Error(`The distances chart needs "${FROM}" in data/places.csv.`);
	const cities = dataset.places
		.filter((p) => p.country === 'RU')
		.map((p) => ({
			name: p.name,
			km: distanceKm([from.lon, from.lat], [p.lon, p.lat]),
			source: p.source
		}))
		.sort((a, b) => a.km - b.km);
	if (!cities.length)
		throw new Error('The distances chart needs Russian cities in data/places.csv.');
	const ranges = WEAPONS.map((weapon) => {
		const figures = dataset.ranges.map(toRange).filter((r) => r.weapon === weapon);
		if (!figures.length) throw new Error(`data/ranges.csv has no range for ${weapon}.`);
		const kms = figures.map((f) => f.km);
		return {
			weapon,
			innerKm: Math.min(...kms),
			outerKm: Math.max(...kms),
			figures: figures.map((f) => ({ id: f.id, source: f.source }))
		};
	});
	return { from: FROM, cities, ranges };
}
