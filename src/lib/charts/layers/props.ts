/** The props of a plot or layer that draws from its chart's view alone. */
export interface ViewProps<View> {
	/** The chart's view in its state, laid out in px. */
	view: View;
}

/** One item of a chart's key: the kind of mark its glyph draws, and its words. */
export interface KeyItem {
	kind: string;
	text: string;
}

/** The props of a chart's key. */
export interface KeyProps<Item extends KeyItem = KeyItem> {
	/** The items of the state's key, in order (the view's `key`). */
	items: Item[];
}
