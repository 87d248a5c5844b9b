// The data table as HTML text: a chart's table changes with its state, and Svelte adopts or
// replaces a block of HTML at once, where a table built of {#each} blocks made an effect per
// cell. Hydrating those cost a chart's island several ms at 4× CPU, and a step that changed
// the rows rebuilt them cell by cell inside the step's task.
import type { ChartTable } from './types';
import type { Say } from '$lib/content/words';
import { esc } from '$lib/html';

/** The table's markup: its caption, a header row, and a row per entry led by a row header. */
export function tableHtml(table: ChartTable, say: Say): string {
	const cell = (v: string | number | null) =>
		esc(v === null ? say('table.none') : typeof v === 'number' ? say.n(v) : v);
	const numeric = (n: boolean | undefined) => (n ? ' class="numeric"' : '');
	const head = table.columns
		.map((c) => `<th scope="col"${numeric(c.numeric)}>${esc(c.label)}</th>`)
		.join('');
	const rows = table.rows
		.map(
			(row) =>
				'<tr>' +
				table.columns
					.map((c, j) =>
						j === 0
							? `<th scope="row">${cell(row[c.key])}</th>`
							: `<td${numeric(c.numeric)}>${cell(row[c.key])}</td>`
					)
					.join('') +
				'</tr>'
		)
		.join('');
	return (
		`<table class="data-table"><caption>${esc(table.caption)}</caption>` +
		`<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
	);
}
