// What each state says: its summary for screen readers, and the line of context under the map.
import type { Say } from '$lib/content/words';
import type { ReachData, ReachPlace, ReachRing } from './data.server';
import { KURSK_PLACES } from './frame';
import { distance } from './places';
import { kmRange, reportedRanges } from './rings';
import type { ReachState } from './view';

/** Every place the map knows, in frame or beyond it. */
const everywhere = (data: ReachData): ReachPlace[] => [...data.places, ...data.offMap];

/** The Russian places further than `from` km from the launch point and no further than `to`. */
const russian = (data: ReachData, from: number, to: number) =>
	everywhere(data)
		.filter((p) => p.country === 'RU' && p.km > from && p.km <= to)
		.sort((a, b) => a.km - b.km);

/** "Sudzha (about 45 km) and Kursk (about 130 km)" */
const named = (ps: ReachPlace[], say: Say) =>
	say.list(
		ps.map((p) => say('place', { name: say.named('name', p.name), distance: distance(p.km, say) }))
	);

/** "reach Sudzha (about 45 km) in Russia", with the state's verb (a key of {reach}). */
const reaches = (ps: ReachPlace[], verb: string, say: Say) =>
	ps.length ? say(`reach.${verb}`, { places: named(ps, say) }) : say(`reach.${verb}-none`);

/** A ring's one reported range: "about 80 km". */
const single = (r: ReachRing, say: Say) => say.figure(r.figures[0]);

/** "Kursk is about 130 km from Sumy, within reach of Storm Shadow/SCALP and ATACMS but not …" */
function kurskPlace(data: ReachData, p: ReachPlace, say: Say): string {
	const weapons = data.rings.filter((r) => p.km <= r.innerKm).map((r) => r.weapon);
	const others = data.rings.filter((r) => !weapons.includes(r.weapon)).map((r) => r.weapon);
	const reach =
		weapons.length === data.rings.length
			? say('kursk.every')
			: weapons.length
				? say('kursk.some', { weapons: say.list(weapons), others: say.list(others) })
				: say('kursk.none');
	return say('kursk.place', {
		name: say.named('name', p.name),
		distance: distance(p.km, say),
		launch: say.named('from', data.launch),
		reach
	});
}

/** "Four reports give": the count in words where the chart has them. */
function reportsGive(n: number, say: Say): string {
	const number = say.has(`summary.number.${n}`) ? say(`summary.number.${n}`) : say.n(n);
	return say.plural('summary.reports', n, { number });
}

function atacmsSummary(data: ReachData, say: Say): string {
	const [, storm, atacms] = data.rings;
	const beyond = russian(data, atacms.outerKm, Infinity);
	return say('summary.atacms', {
		reports: reportsGive(new Set(atacms.figures.map((f) => f.source)).size, say),
		weapon: atacms.weapon,
		ranges: say.list(reportedRanges(atacms, say)),
		band: kmRange(atacms, say),
		launch: say.named('from', data.launch),
		reach: reaches(russian(data, storm.innerKm, atacms.innerKm), 'adds', say),
		inner: storm.weapon,
		beyond: beyond.length
			? say.plural('summary.beyond', beyond.length, { places: named(beyond, say) })
			: ''
	});
}

export function reachSummary(data: ReachData, state: ReachState, say: Say): string {
	const [himars, storm] = data.rings;
	// The launch point as the sentences name it: "from Sumy" (Ukrainian: "від Сум").
	const launch = say.named('from', data.launch);
	const summaries: Record<ReachState, () => string> = {
		himars: () =>
			say('summary.himars', {
				launch,
				weapon: himars.weapon,
				range: single(himars, say),
				reach: reaches(russian(data, 0, himars.innerKm), 'reach', say),
				permission: say.figure(data.permission)
			}),
		'storm-shadow': () =>
			say('summary.storm-shadow', {
				launch,
				weapon: storm.weapon,
				range: single(storm, say),
				reach: reaches(russian(data, himars.innerKm, storm.innerKm), 'also', say),
				inner: himars.weapon,
				innerRange: single(himars, say)
			}),
		atacms: () => atacmsSummary(data, say),
		kursk: () => {
			const places = KURSK_PLACES.map((n) => everywhere(data).find((p) => p.name === n))
				.filter((p) => p !== undefined)
				.sort((a, b) => a.km - b.km);
			return say('summary.kursk', {
				incursion: say.figure(data.incursion),
				places: places.map((p) => kurskPlace(data, p, say)).join('; ')
			});
		}
	};
	return summaries[state]();
}

/** The state's note, then where the rings are drawn from. */
export function reachNote(data: ReachData, state: ReachState, say: Say): string {
	const [himars, , atacms] = data.rings;
	const notes: Record<ReachState, () => string> = {
		himars: () => say('note.himars', { weapon: himars.weapon }),
		'storm-shadow': () => say('note.storm-shadow'),
		atacms: () =>
			say('note.atacms', {
				weapon: atacms.weapon,
				ranges: say.list(reportedRanges(atacms, say))
			}),
		kursk: () => say('note.kursk', { incursion: say.figure(data.incursion) })
	};
	return `${notes[state]()} ${say('note.launch', { launch: say.named('from', data.launch) })}`;
}
