// The embed heights table the build reads: it covers every embed page of every edition,
// its bands never straddle a layout change, and the page's CSS and the loader read it alike.
import { describe, expect, test } from 'vitest';
import { CHARTS, CHART_IDS } from '$lib/charts/catalogue';
import { LOCALES } from '$lib/content/editions';
import { LAYOUT_BANDS } from '$lib/charts/layers/MeasuredPlot.svelte';
import {
	HEIGHTS,
	heightKey,
	heightStyle,
	loaderTable,
	placeholderStyles
} from '$lib/embed/heights.server';
import {
	FIT_WORST,
	fitError,
	placeholderFit,
	placeholderHeight,
	placeholderStyle
} from '$lib/embed/placeholder';
import { embedSnippets } from '$lib/embed/snippets';
import { loaderHeight, reservedHeight } from '$lib/embed/reserve';
import { FIRST, LAYOUT_EDGES, WIDEST } from '../../scripts/embed-heights.js';

const keys = LOCALES.flatMap((l) =>
	CHART_IDS.flatMap((c) => CHARTS[c].STATES.map((s) => heightKey(l, c, s)))
);

describe('heights.json', () => {
	test('has a row for every embed page of every edition, and no other', () => {
		expect(Object.keys(HEIGHTS.pages).sort()).toEqual([...keys].sort());
	});

	test('bands start at the narrowest width, rise, and break at every layout change', () => {
		// The plot's width bands, plus the page's 2 × 16 px padding, are layout changes.
		for (const band of LAYOUT_BANDS.slice(1)) expect(LAYOUT_EDGES).toContain(band + 32);
		for (const [key, row] of Object.entries(HEIGHTS.pages)) {
			expect(row.from[0], key).toBe(FIRST);
			expect(row.from.at(-1), key).toBe(WIDEST);
			expect(row.slope.at(-1), key).toBe(0);
			expect(
				row.from.every((w, i) => i === 0 || w > row.from[i - 1]),
				key
			).toBe(true);
			for (const edge of LAYOUT_EDGES) expect(row.from, key).toContain(edge);
		}
	});
});

describe('reserved heights', () => {
	const row = { from: [240, 312, 1152], height: [600, 400.2, 700], slope: [0, 0.25, 0] };

	test('a width takes its band: height + slope × width, rounded up', () => {
		expect(reservedHeight(row, 200)).toBe(600);
		expect(reservedHeight(row, 311.5)).toBe(600);
		expect(reservedHeight(row, 312)).toBe(479);
		expect(reservedHeight(row, 1000)).toBe(651);
		expect(reservedHeight(row, 1600)).toBe(700);
	});

	test("the page's min-height holds the same numbers, band by band", () => {
		expect(heightStyle(row)).toBe(
			'main.embed{min-height:600px;min-height:round(up,600px,1px)}' +
				'@media(min-width:312px){main.embed{min-height:calc(400.2px + 25vw);' +
				'min-height:round(up,calc(400.2px + 25vw),1px)}}' +
				'@media(min-width:1152px){main.embed{min-height:700px;min-height:round(up,700px,1px)}}'
		);
	});

	test("the loader finds a page's row by edition, chart and state, else the default's", () => {
		const table = loaderTable();
		const row = (key: string) => HEIGHTS.pages[key];
		const at = (key: string, w: number) => reservedHeight(row(key), w);
		expect(loaderHeight(table, 'uk', 'aid', 'us', 375)).toBe(at('uk/aid/us', 375));
		expect(loaderHeight(table, 'en', 'drones', 'october', 1264)).toBe(
			at('en/drones/october', 1264)
		);
		const fallback = `en/drones/${CHARTS.drones.DEFAULT_STATE}`;
		expect(loaderHeight(table, 'en', 'drones', '', 500)).toBe(at(fallback, 500));
		expect(loaderHeight(table, 'en', 'drones', 'constructor', 500)).toBe(at(fallback, 500));
		expect(loaderHeight(table, 'en', 'nothing', '', 500)).toBeUndefined();
		expect(loaderHeight(table, 'fr', 'drones', '', 500)).toBeUndefined();
		// Each distinct row once: the states drawn alike share one.
		expect(table.rows.length).toBeLessThan(keys.length);
	});
});

describe("the snippet's placeholder", () => {
	const fit = {
		height: 1000,
		slope: -0.5,
		terms: [
			{ kind: 'jump' as const, at: 432, by: -300 },
			{ kind: 'bend' as const, at: 1152, by: 0.5 }
		]
	};

	test('one padding of its own width: a line, steps at their edges, bends', () => {
		expect(placeholderStyle(fit)).toBe(
			'padding-bottom:calc(1000px - 50% + clamp(-300px, (100% - 431px) * -300, 0px)' +
				' + max(0px, (100% - 1152px) * 0.5))'
		);
		expect(placeholderHeight(fit, 400)).toBe(800);
		expect(placeholderHeight(fit, 431)).toBe(784.5);
		expect(placeholderHeight(fit, 432)).toBe(484);
		expect(placeholderHeight(fit, 1152)).toBe(124);
		expect(placeholderHeight(fit, 1400)).toBe(124);
	});

	test(`every page's placeholder is within ${FIT_WORST} px of its height, 280–1300 px`, () => {
		for (const [key, row] of Object.entries(HEIGHTS.pages))
			expect(fitError(row, placeholderFit(row)), key).toBeLessThanOrEqual(FIT_WORST);
	}, 120_000);

	test("the story's snippet carries its chart's placeholder, for each edition", () => {
		for (const locale of LOCALES) {
			const styles = placeholderStyles(locale);
			for (const chart of CHART_IDS) {
				const row = HEIGHTS.pages[heightKey(locale, chart, CHARTS[chart].DEFAULT_STATE)];
				expect(styles[chart], chart).toBe(placeholderStyle(placeholderFit(row)));
				const { loader } = embedSnippets(
					'https://x.org/',
					chart,
					'T',
					undefined,
					locale,
					styles[chart]
				);
				expect(loader.split('\n')[0]).toMatch(/ style="padding-bottom:calc\([^"]+\)"><\/div>$/);
			}
		}
	}, 120_000);
});
