// Re-derives, from the public datasets in ../shared/data, every series and figure the story
// takes from a dataset. Used by `npm run data:derive` (writes data/*.csv) and by the
// derivation test (asserts data/ still equals what the datasets give).
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse, csvFormat } from 'd3-dsv';

export const SHARED_DATA = resolve(import.meta.dirname, '../../shared/data');

/** @param {string} dir */
export function sharedDataAvailable(dir = SHARED_DATA) {
	return existsSync(resolve(dir, 'missile_attacks_daily.csv'));
}

/** @param {string} dir @param {string} file */
function read(dir, file) {
	return csvParse(readFileSync(resolve(dir, file), 'utf8').replace(/^\uFEFF/, ''));
}

const MONTHS_2024 = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
export const DRONE_MODEL = 'Shahed-136/131';

/** Shahed-type drones launched per month of 2024 (month of time_start). */
export function droneMonths(dir = SHARED_DATA) {
	const rows = read(dir, 'missile_attacks_daily.csv');
	/** @type {Map<string, number>} */
	const sums = new Map(MONTHS_2024.map((m) => [m, 0]));
	for (const r of rows) {
		if (r.model !== DRONE_MODEL) continue;
		const month = (r.time_start ?? '').slice(0, 7);
		if (sums.has(month)) sums.set(month, (sums.get(month) ?? 0) + Number(r.launched || 0));
	}
	return MONTHS_2024.map((month) => ({
		month,
		launched: sums.get(month) ?? 0,
		model: DRONE_MODEL,
		source: 'ds-missile-attacks'
	}));
}

/**
 * Drones of every type launched in one month (month of time_start): every model the companion
 * lookup files under UAV, Shahed-type or not. Returns the total and each model's share.
 * @param {string} month YYYY-MM
 */
export function dronesAllTypes(month, dir = SHARED_DATA) {
	const rows = read(dir, 'missile_attacks_daily.csv');
	const uav = new Set(
		read(dir, 'missiles_and_uavs.csv')
			.filter((r) => r.category === 'UAV')
			.map((r) => r.model)
	);
	/** @type {Record<string, number>} */
	const byModel = {};
	let total = 0;
	for (const r of rows) {
		if ((r.time_start ?? '').slice(0, 7) !== month || !uav.has(r.model)) continue;
		const k = Number(r.launched || 0);
		byModel[r.model] = (byModel[r.model] ?? 0) + k;
		total += k;
	}
	return { month, total, byModel };
}

/** Attack waves of 2024 that began in one month and ended in the next (rows of one wave merged). */
export function monthCrossings(dir = SHARED_DATA) {
	const waves = new Set();
	for (const r of read(dir, 'missile_attacks_daily.csv')) {
		const start = r.time_start ?? '';
		const end = r.time_end ?? '';
		if (start.startsWith('2024') && end && start.slice(0, 7) !== end.slice(0, 7))
			waves.add(`${start}/${end}`);
	}
	return [...waves].sort();
}

/** Display names for the dataset's model strings (the dataset writes Kh- as X-). */
export const ASSAULT_LABELS = /** @type {const} */ ({
	'X-101/X-555 and Kalibr': 'Kh-101/Kalibr',
	'X-47 Kinzhal': 'Kinzhal',
	'X-59/X-69': 'Kh-59/69',
	'X-22 and X-31P': 'Kh-22/Kh-31P',
	'Iskander-M': 'Iskander-M',
	'3M22 Zircon': 'Zircon',
	'Shahed-136/131': 'Shahed-136/131'
});

/** The attack of 17 Nov 2024: every row whose wave ended on that day. */
export function assaultRows(dir = SHARED_DATA) {
	const rows = read(dir, 'missile_attacks_daily.csv');
	const lookup = new Map(read(dir, 'missiles_and_uavs.csv').map((r) => [r.model, r.category]));
	return rows
		.filter((r) => (r.time_end ?? '').startsWith('2024-11-17'))
		.map((r) => ({
			weapon: ASSAULT_LABELS[/** @type {keyof typeof ASSAULT_LABELS} */ (r.model)] ?? r.model,
			model: r.model,
			category: lookup.get(r.model) ?? 'unknown',
			launched: Number(r.launched || 0),
			destroyed: Number(r.destroyed || 0),
			lost_in_flight: Number(r.not_reach_goal || 0),
			source: 'ds-missile-attacks',
			category_source: 'ds-missiles-uavs'
		}))
		.sort((a, b) => b.launched - a.launched || a.weapon.localeCompare(b.weapon));
}

/** UN monthly civilian casualties of 2024, as in the compiled file (cumulative rows left out). */
export function casualtyMonths(dir = SHARED_DATA) {
	return read(dir, 'ohchr_civilian_casualties_2024_monthly.csv')
		.filter((r) => /^\d{4}-\d{2}$/.test(r.period ?? ''))
		.map((r) => ({
			month: r.period,
			killed: r.killed ?? '',
			injured: r.injured ?? '',
			total: r.total ?? '',
			source: 'ds-ohchr-2024',
			url: r.source_url
		}));
}

export const AID_PERIOD_END = { year: 2024, month: 6 };
export const AID_TOP_DONORS = 10;

/** Kiel Release 29: allocations per donor from the start to June 2024, top donors by total. */
export function aidByDonor(dir = SHARED_DATA) {
	const rows = read(dir, 'kiel_ust_release29_data_explorer.csv');
	const release = read(dir, 'kiel_ust_release29_release_info.csv')[0];
	/** @type {Map<string, {military: number, financial: number, humanitarian: number, total: number}>} */
	const sums = new Map();
	for (const r of rows) {
		const y = Number(r.year);
		const m = Number(r.month);
		if (y > AID_PERIOD_END.year || (y === AID_PERIOD_END.year && m > AID_PERIOD_END.month))
			continue;
		const s = sums.get(r.country) ?? { military: 0, financial: 0, humanitarian: 0, total: 0 };
		s.military += Number(r.military);
		s.financial += Number(r.financial);
		s.humanitarian += Number(r.humanitarian);
		s.total += Number(r.total);
		sums.set(r.country, s);
	}
	const round = (/** @type {number} */ v) => Math.round(v * 100) / 100;
	return [...sums]
		.sort((a, b) => b[1].total - a[1].total)
		.slice(0, AID_TOP_DONORS)
		.map(([donor, s]) => ({
			donor,
			military: round(s.military),
			financial: round(s.financial),
			humanitarian: round(s.humanitarian),
			total: round(s.total),
			currency: 'EUR',
			unit: 'bn',
			release: release.release,
			period: `2022-01/${AID_PERIOD_END.year}-${String(AID_PERIOD_END.month).padStart(2, '0')}`,
			source: 'ds-kiel-r29'
		}));
}

/** City coordinates, as given by GeoNames. */
export function places(dir = SHARED_DATA) {
	return read(dir, 'city_coords_geonames_citiesjson_1.1.64.csv').map((r) => ({
		name: r.name,
		country: r.country,
		lat: Number(r.lat),
		lon: Number(r.lng),
		source: 'ds-geonames'
	}));
}

/** Every derived series, keyed by its file in data/. */
export function derivedSeries(dir = SHARED_DATA) {
	return {
		'drones-monthly-2024.csv': droneMonths(dir),
		'assault-2024-11-17.csv': assaultRows(dir),
		'casualties-monthly-2024.csv': casualtyMonths(dir),
		'aid-by-donor.csv': aidByDonor(dir),
		'places.csv': places(dir)
	};
}

/** @param {object[]} rows */
export function toCsv(rows) {
	return csvFormat(/** @type {any} */ (rows)) + '\n';
}
