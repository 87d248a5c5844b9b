// Where the map's names may sit, chosen by hand (layout, not data): each ring's label on its
// outer edge, and each country's name, in order of preference; the view takes the first in view.
import { bearingDirection, destination } from './geo.server';
import type { Anchor, RingId } from './data.server';

/** A compass bearing from the launch point, and outside or inside the ring. */
type Spot = [bearing: number, side: 'out' | 'in'];

/** Spots for a ring's label, on wide charts and on narrow ones, where the rings are closer
 * together than labels are tall. */
const RING_LABEL_SPOTS: Record<RingId, { wide: Spot[]; narrow: Spot[] }> = {
	himars: {
		wide: [[200, 'out']],
		narrow: [[200, 'out']]
	},
	'storm-shadow': {
		wide: [
			[200, 'out'],
			[200, 'in'],
			[330, 'in']
		],
		narrow: [
			[180, 'out'],
			[330, 'in']
		]
	},
	atacms: {
		wide: [
			[245, 'out'],
			[210, 'in'],
			[90, 'in'],
			[55, 'in']
		],
		narrow: [
			[240, 'out'],
			[210, 'in'],
			[90, 'in']
		]
	}
};

/** Candidate spots ([lon, lat]) for the country names; their words are the chart's. */
export const COUNTRY_LABELS = [
	{
		id: 'UKR',
		at: [
			[25.8, 50.2],
			[33.1, 50.35],
			[35.3, 50.35]
		]
	},
	{
		id: 'RUS',
		at: [
			[37.5, 52.45],
			[34.9, 52.0],
			[37.8, 51.2]
		]
	}
] as const;

/** A ring's label anchors at `km` from `center`, projected, on wide and on narrow charts. */
export function ringAnchors(
	id: RingId,
	center: [number, number],
	km: number,
	project: (lonLat: [number, number]) => { x: number; y: number }
): { wide: Anchor[]; narrow: Anchor[] } {
	const anchorsAt = (spots: Spot[]): Anchor[] =>
		spots.map(([bearing, side]) => {
			const { dx, dy } = bearingDirection(bearing);
			const sign = side === 'out' ? 1 : -1;
			return {
				...project(destination(center, km, bearing)),
				dx: sign * dx || 0,
				dy: sign * dy || 0
			};
		});
	return {
		wide: anchorsAt(RING_LABEL_SPOTS[id].wide),
		narrow: anchorsAt(RING_LABEL_SPOTS[id].narrow)
	};
}
