import archieml from 'archieml';
import { DataError, type DataIssue } from '$lib/data/errors';
import { formatFigure } from '$lib/data/format';
import type { Dataset } from '$lib/data/dataset';
import { CHART_IDS, isChartId, type ChartId } from '$lib/charts/registry';

export const COPY_FILE = 'src/content/story.aml';

/** A run of copy: plain words, or a figure rendered from data/ with its source. */
export type Segment =
	{ kind: 'text'; text: string } | { kind: 'fig'; id: string; text: string; source: string };

const FIG = /\{fig:([^}]*)\}/g;

/** The 1-based line of the first occurrence of needle in the copy file, for error messages. */
function lineOf(raw: string, needle: string): number {
	const at = raw.indexOf(needle);
	return at < 0 ? 0 : raw.slice(0, at).split('\n').length;
}

/**
 * Splits copy into segments, replacing each {fig:id} by the figure's formatted value.
 * Unknown ids are pushed to issues, named by where (the step or field) they appear.
 */
export function renderCopy(
	text: string,
	dataset: Dataset,
	where: string,
	raw: string,
	issues: DataIssue[]
): Segment[] {
	const byId = new Map(dataset.figures.map((f) => [f.id, f]));
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(FIG)) {
		if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
		const fig = byId.get(m[1].trim());
		if (!fig)
			issues.push({
				file: COPY_FILE,
				line: lineOf(raw, m[0]),
				field: where,
				reason: `unknown figure "${m[1]}" (not an id in data/figures.csv, ranges.csv or troops.csv)`
			});
		else out.push({ kind: 'fig', id: fig.id, text: formatFigure(fig), source: fig.source });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}

/** A chart's own words, shared by the story and its embed page. */
export interface ChartCopy {
	title: string;
	takeaway: Segment[];
}

/** The story's front matter. Sections and steps join in the scrollytelling issue. */
export interface Story {
	headline: string;
	dek: Segment[];
	byline: string;
	charts: Record<ChartId, ChartCopy>;
}

export function parseStory(raw: string, dataset: Dataset): Story {
	const doc = archieml.load(raw);
	const issues: DataIssue[] = [];
	const need = (key: string): string => {
		const value = doc[key];
		if (typeof value === 'string' && value.trim()) return value.trim();
		issues.push({ file: COPY_FILE, line: 0, field: key, reason: 'missing or empty' });
		return '';
	};
	const chartsDoc = (doc.charts ?? {}) as Record<string, Record<string, unknown>>;
	for (const key of Object.keys(chartsDoc))
		if (!isChartId(key))
			issues.push({
				file: COPY_FILE,
				line: lineOf(raw, `{charts.${key}}`),
				field: `charts.${key}`,
				reason: `unknown chart "${key}" (charts are: ${CHART_IDS.join(', ')})`
			});
	const charts = Object.fromEntries(
		CHART_IDS.map((id) => {
			const c = chartsDoc[id] ?? {};
			const field = (k: string) => {
				const value = c[k];
				if (typeof value === 'string' && value.trim()) return value.trim();
				issues.push({
					file: COPY_FILE,
					line: lineOf(raw, `{charts.${id}}`),
					field: `charts.${id}.${k}`,
					reason: 'missing or empty'
				});
				return '';
			};
			return [
				id,
				{
					title: field('title'),
					takeaway: renderCopy(field('takeaway'), dataset, `charts.${id}.takeaway`, raw, issues)
				}
			];
		})
	) as Record<ChartId, ChartCopy>;
	const story: Story = {
		headline: need('headline'),
		dek: renderCopy(need('dek'), dataset, 'dek', raw, issues),
		byline: need('byline'),
		charts
	};
	if (issues.length) throw new DataError(issues);
	return story;
}

/** Plain text of segments, for meta descriptions and screen-reader summaries. */
export function plain(segments: Segment[]): string {
	return segments.map((s) => s.text).join('');
}
