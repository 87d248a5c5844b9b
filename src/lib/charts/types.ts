/** One column of a chart's data table and CSV. */
export interface TableColumn {
	key: string;
	label: string;
	/** Right-aligned, tabular figures. */
	numeric?: boolean;
}

/** Exactly the data a chart shows in one state: its "show the data" table and its CSV. */
export interface ChartTable {
	caption: string;
	columns: TableColumn[];
	rows: Record<string, string | number | null>[];
}

/** What every chart's state function returns, besides its own marks. */
export interface ChartViewBase {
	/** Two or three sentences stating the figures this state shows, for screen readers. */
	summary: string;
	table: ChartTable;
	/** Ids (data/sources.csv) of every source behind what this state shows. */
	sources: string[];
}
