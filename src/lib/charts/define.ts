import type { Component } from 'svelte';
import type { Say } from '$lib/content/words';
import type { ChartViewBase } from './types';
import type { ViewProps } from './layers/props';

/** A plot's width, for the charts laid out by it. */
export interface Layout {
	width: number;
}

/** One chart as its folder's chart.ts defines it: its pure view and the plot that draws it. */
export interface ChartDef<Data = never, View extends ChartViewBase = ChartViewBase> {
	/** (data, state, words, width) → everything drawn and said: the chart's pure view. */
	view: (data: Data, state: never, say: Say, layout?: Layout) => View;
	/** Draws one view: the chart's LayerCake plot. */
	Plot: Component<ViewProps<View>>;
	/**
	 * Work done at build time that the browser need not repeat: the data as the story's
	 * chart.json ships it (with, say, a costly label placement already found), given its words.
	 */
	prepare?: (data: Data, say: Say) => Data;
	/** The width its view is laid out for until the browser measures, if it is laid out by width. */
	measured?: Layout;
}

/** Any chart's definition, for code that handles every chart alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartDef = ChartDef<any, any>;
