import * as v from 'valibot';

// Field schemas. Every value arrives from CSV as a string; each schema says in plain words
// what it expected, because its message ends up in front of an editor.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

export const id = v.pipe(
	v.string(),
	v.nonEmpty('must not be empty'),
	v.regex(ID, 'expected a lower-case id of letters, digits and hyphens')
);
export const text = v.pipe(v.string(), v.nonEmpty('must not be empty'));

/** A real calendar date or month: 2024-11-17 or 2024-11. */
export function isRealDate(s: string): boolean {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
export const isoDate = v.pipe(
	v.string(),
	v.check(isRealDate, 'expected a real date as YYYY-MM-DD or YYYY-MM')
);
const optionalDate = v.union([v.literal(''), isoDate], 'expected a real date or nothing');

/** A date, month, or an interval of them written start/end. */
export const period = v.pipe(
	v.string(),
	v.check((s) => {
		const parts = s.split('/');
		if (parts.length > 2 || !parts.every(isRealDate)) return false;
		return parts.length === 1 || parts[0] <= parts[1];
	}, 'expected a date, a month or an interval start/end (YYYY-MM-DD or YYYY-MM)')
);

function numberField(min: number, max = Infinity, label = 'a number') {
	return v.pipe(
		v.string(),
		v.nonEmpty(`expected ${label}, found nothing`),
		v.regex(NUMBER, `expected ${label}`),
		v.transform(Number),
		v.minValue(min, min === 0 ? 'must not be negative' : `must be at least ${min}`),
		v.maxValue(max, `must be at most ${max}`)
	);
}
export const count = v.pipe(numberField(0), v.integer('expected a whole number'));
export const amount = numberField(0);
const optionalCount = v.union(
	[v.pipe(v.literal(''), v.transform(() => null)), count],
	'expected a whole number or nothing'
);
const latitude = numberField(-90, 90, 'a latitude');
const longitude = numberField(-180, 180, 'a longitude');
const url = v.union(
	[v.literal(''), v.pipe(v.string(), v.url('expected a URL'))],
	'expected a URL or nothing'
);

export const QUALIFIERS = ['exact', 'about', 'at least', 'over', 'up to', 'almost'] as const;
export const NUMERIC_UNITS = ['count', 'km', 'mi', 'usd-bn', 'eur-bn'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export type NumericUnit = (typeof NUMERIC_UNITS)[number];

const qualifier = v.picklist(QUALIFIERS, `expected one of: ${QUALIFIERS.join(', ')}`);

// The shape shared by every single figure, in figures.csv, ranges.csv and troops.csv.
const figureFields = {
	id,
	qualifier,
	counts: text,
	period,
	source: id,
	note: v.string()
};
const figureVariants = <E extends v.ObjectEntries>(extra: E) =>
	v.variant(
		'unit',
		[
			v.object({ ...figureFields, ...extra, unit: v.literal('date'), value: isoDate }),
			v.object({
				...figureFields,
				...extra,
				unit: v.picklist(NUMERIC_UNITS),
				value: amount
			})
		],
		`expected a unit among: date, ${NUMERIC_UNITS.join(', ')}`
	);
export const FIGURE_COLUMNS = [
	'id',
	'value',
	'unit',
	'qualifier',
	'counts',
	'period',
	'source',
	'note'
] as const;

export const sourceRow = v.object({
	id,
	kind: v.picklist(['news-report', 'dataset'], 'expected news-report or dataset'),
	title: text,
	/** The short name a chart's source line uses. */
	credit: text,
	publisher: text,
	published: optionalDate,
	url,
	licence: text,
	file: v.string(),
	note: v.string()
});
export const figureRow = figureVariants({});
export const rangeRow = figureVariants({ weapon: text });
export const troopRow = figureVariants({
	force: v.picklist(['north-korea', 'russia-incl-north-korea'], 'expected north-korea or russia-incl-north-korea'),
	estimate_by: text,
	status: v.picklist(['reported', 'estimate', 'unconfirmed'], 'expected reported, estimate or unconfirmed')
});
export const droneRow = v.object({
	month: isoDate,
	launched: count,
	model: text,
	source: id
});
export const assaultRow = v.object({
	weapon: text,
	model: text,
	category: v.picklist(
		['UAV', 'cruise missile', 'ballistic missile'],
		'expected UAV, cruise missile or ballistic missile'
	),
	launched: count,
	destroyed: count,
	lost_in_flight: count,
	source: id,
	category_source: id
});
export const casualtyRow = v.object({
	month: isoDate,
	killed: optionalCount,
	injured: optionalCount,
	total: count,
	source: id,
	url
});
export const aidRow = v.object({
	donor: text,
	military: amount,
	financial: amount,
	humanitarian: amount,
	total: amount,
	currency: v.picklist(['EUR', 'USD'], 'expected EUR or USD'),
	unit: v.literal('bn', 'expected bn'),
	release: text,
	period,
	source: id
});
export const placeRow = v.object({
	name: text,
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected a two-letter country code')),
	lat: latitude,
	lon: longitude,
	source: id
});
export const basemapRow = v.object({
	id,
	package: text,
	version: text,
	file: text,
	object: text,
	source: id,
	note: v.string()
});

export type Source = v.InferOutput<typeof sourceRow>;
export type Figure = v.InferOutput<typeof figureRow>;
export type RangeFigure = v.InferOutput<typeof rangeRow>;
export type TroopFigure = v.InferOutput<typeof troopRow>;
export type DroneMonth = v.InferOutput<typeof droneRow>;
export type AssaultWeapon = v.InferOutput<typeof assaultRow>;
export type CasualtyMonth = v.InferOutput<typeof casualtyRow>;
export type AidDonor = v.InferOutput<typeof aidRow>;
export type Place = v.InferOutput<typeof placeRow>;
export type Basemap = v.InferOutput<typeof basemapRow>;

/** Every file in data/, its schema and the columns it must have. */
export const FILES = {
	sources: { file: 'sources.csv', schema: sourceRow, columns: Object.keys(sourceRow.entries) },
	figures: { file: 'figures.csv', schema: figureRow, columns: [...FIGURE_COLUMNS] },
	ranges: { file: 'ranges.csv', schema: rangeRow, columns: ['weapon', ...FIGURE_COLUMNS] },
	troops: {
		file: 'troops.csv',
		schema: troopRow,
		columns: ['force', 'estimate_by', 'status', ...FIGURE_COLUMNS]
	},
	drones: { file: 'drones-monthly-2024.csv', schema: droneRow, columns: Object.keys(droneRow.entries) },
	assault: {
		file: 'assault-2024-11-17.csv',
		schema: assaultRow,
		columns: Object.keys(assaultRow.entries)
	},
	casualties: {
		file: 'casualties-monthly-2024.csv',
		schema: casualtyRow,
		columns: Object.keys(casualtyRow.entries)
	},
	aid: { file: 'aid-by-donor.csv', schema: aidRow, columns: Object.keys(aidRow.entries) },
	places: { file: 'places.csv', schema: placeRow, columns: Object.keys(placeRow.entries) },
	basemap: { file: 'basemap.csv', schema: basemapRow, columns: Object.keys(basemapRow.entries) }
} as const;
