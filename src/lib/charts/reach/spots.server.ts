// Where the countries' names may sit, chosen by hand (layout, not data), in order of
// preference: near the launch point first, then beyond the widest ring; the view names each
// country at the first spot in view where its name clears the rings and the other names.
/** Candidate spots ([lon, lat]) for the country names; their words are the chart's. */
export const COUNTRY_LABELS = [
	{
		id: 'UKR',
		at: [
			[33.1, 50.35],
			[33.6, 49.75],
			[34.5, 49.45],
			[32.6, 50.9],
			[35.3, 50.35],
			[31.9, 49.6],
			[30.6, 49.3],
			[32.2, 48.5],
			[30.2, 50.0]
		]
	},
	{
		id: 'RUS',
		at: [
			[37.5, 52.45],
			[38.6, 52.5],
			[34.9, 52.0],
			[37.8, 51.2],
			[39.5, 50.6],
			[36.6, 53.6],
			[39.9, 53.0],
			[40.2, 52.3],
			[38.5, 53.6],
			[39.6, 50.0]
		]
	}
] as const;
