// Parses the story's ArchieML copy and checks it against data/ and the charts, at build time.
import archieml from 'archieml';
import { DataError, type DataIssue } from '$lib/data/errors';
import { formatFigure } from '$lib/data/format';
import type { Dataset } from '$lib/data/dataset';
import type { Figure } from '$lib/data/schema';
import { CHARTS, CHART_IDS, isChartId, isChartState, type ChartId } from '$lib/charts/catalogue';
import type { ChartCopy, Section, Segment, Step, Story } from './story';
import { parseOpening } from './opening';

export const COPY_FILE = 'src/content/en/story.aml';

/** Which edition's copy is parsed: its file (for errors) and how it writes a figure. */
export interface Edition {
	file: string;
	figure: (fig: Figure) => string;
}

const ENGLISH: Edition = { file: COPY_FILE, figure: formatFigure };

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
	issues: DataIssue[],
	edition: Edition = ENGLISH
): Segment[] {
	const byId = new Map(dataset.figures.map((f) => [f.id, f]));
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(FIG)) {
		if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
		const fig = byId.get(m[1].trim());
		if (!fig)
			issues.push({
				file: edition.file,
				line: lineOf(raw, m[0]),
				field: where,
				reason: `unknown figure "${m[1]}" (not an id in data/figures.csv, ranges.csv or troops.csv)`
			});
		else out.push({ kind: 'fig', id: fig.id, text: edition.figure(fig), source: fig.source });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses the ArchieML story and checks it against data/ and the chart registry: every
 * section names a known chart, every step a state of that chart, every {fig:…} a figure.
 * Throws a DataError naming each offending step (or field) and its line.
 */
export function parseStory(raw: string, dataset: Dataset, edition: Edition = ENGLISH): Story {
	const doc = archieml.load(raw);
	const issues: DataIssue[] = [];
	const problem = (field: string, reason: string, needle?: string) =>
		issues.push({ file: edition.file, line: needle ? lineOf(raw, needle) : 0, field, reason });
	const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	const need = (key: string): string => {
		const value = str(doc[key]);
		if (!value) problem(key, 'missing or empty');
		return value;
	};
	const figures = new Map(dataset.figures.map((f) => [f.id, f]));

	// Sections and their steps.
	const sections: Section[] = [];
	const stepIds = new Set<string>();
	const rawSections = Array.isArray(doc.sections)
		? (doc.sections as Record<string, unknown>[])
		: [];
	if (rawSections.length === 0) problem('sections', 'the story has no sections');
	rawSections.forEach((sec, si) => {
		const id = str(sec.id);
		const where = `sections.${id || si + 1}`;
		if (!ID.test(id))
			problem(`${where}.id`, 'expected a lower-case id of letters, digits and hyphens');
		if (sections.some((s) => s.id === id))
			problem(`${where}.id`, `duplicate section "${id}"`, `id: ${id}`);
		const title = str(sec.title);
		if (!title) problem(`${where}.title`, 'missing or empty', `id: ${id}`);
		const chart = str(sec.chart);
		if (!isChartId(chart))
			problem(
				`${where}.chart`,
				`unknown chart "${chart}" (charts are: ${CHART_IDS.join(', ')})`,
				`chart: ${chart}`
			);
		const rawSteps = Array.isArray(sec.steps) ? (sec.steps as Record<string, unknown>[]) : [];
		if (rawSteps.length === 0)
			problem(`${where}.steps`, 'a section needs at least one step', `id: ${id}`);
		const steps: Step[] = rawSteps.map((st, ti) => {
			const stepId = str(st.id);
			const at = `${where}.steps.${stepId || ti + 1}`;
			const needle = stepId ? `id: ${stepId}` : undefined;
			if (!ID.test(stepId))
				problem(`${at}.id`, 'expected a lower-case id of letters, digits and hyphens', needle);
			else if (stepIds.has(stepId) || sections.some((s) => s.id === stepId))
				problem(`${at}.id`, `duplicate id "${stepId}"`, needle);
			stepIds.add(stepId);
			const state = str(st.state);
			if (isChartId(chart) && !isChartState(chart, state))
				problem(
					`${at}.state`,
					`step "${stepId}" names unknown state "${state}" of chart "${chart}" (states: ${CHARTS[chart].STATES.join(', ')})`,
					needle
				);
			const text = str(st.text);
			if (!text) problem(`${at}.text`, 'missing or empty', needle);
			return {
				id: stepId,
				state,
				text: renderCopy(text, dataset, `${at}.text`, raw, issues, edition)
			};
		});
		sections.push({ id, title, chart: chart as ChartId, steps });
	});

	// Chart titles and takeaways.
	const chartsDoc = (doc.charts ?? {}) as Record<string, Record<string, unknown>>;
	for (const key of Object.keys(chartsDoc))
		if (!isChartId(key))
			problem(
				`charts.${key}`,
				`unknown chart "${key}" (charts are: ${CHART_IDS.join(', ')})`,
				`{charts.${key}}`
			);
	const charts = Object.fromEntries(
		CHART_IDS.map((id) => {
			const c = chartsDoc[id] ?? {};
			const field = (k: string) => {
				const value = str(c[k]);
				if (!value) problem(`charts.${id}.${k}`, 'missing or empty', `{charts.${id}}`);
				return value;
			};
			return [
				id,
				{
					title: field('title'),
					takeaway: renderCopy(
						field('takeaway'),
						dataset,
						`charts.${id}.takeaway`,
						raw,
						issues,
						edition
					)
				}
			];
		})
	) as Record<ChartId, ChartCopy>;

	// The timeline's events: date figures only.
	const timeline = (
		Array.isArray(doc.timeline) ? (doc.timeline as Record<string, unknown>[]) : []
	).map((e, i) => {
		const figure = str(e.figure);
		const fig = figures.get(figure);
		if (!fig)
			problem(`timeline.${i + 1}.figure`, `unknown figure "${figure}"`, `figure: ${figure}`);
		else if (fig.unit !== 'date')
			problem(`timeline.${i + 1}.figure`, `figure "${figure}" is not a date`, `figure: ${figure}`);
		const label = str(e.label);
		if (!label) problem(`timeline.${i + 1}.label`, 'missing or empty', `figure: ${figure}`);
		return { figure, label };
	});

	const methods = (Array.isArray(doc.methods) ? doc.methods : []).map(str).filter(Boolean);
	if (methods.length === 0) problem('methods', 'missing or empty');
	const disagreements = (
		Array.isArray(doc.disagreements) ? (doc.disagreements as Record<string, unknown>[]) : []
	).map((d, i) => {
		const topic = str(d.topic);
		const ids = str(d.figures)
			.split(',')
			.map((f) => f.trim())
			.filter(Boolean);
		if (ids.length < 2)
			problem(
				`disagreements.${i + 1}.figures`,
				'a disagreement needs at least two figures',
				`topic: ${topic}`
			);
		for (const f of ids)
			if (!figures.has(f))
				problem(`disagreements.${i + 1}.figures`, `unknown figure "${f}"`, `topic: ${topic}`);
		return { topic, figures: ids, note: str(d.note) };
	});

	const story: Story = {
		headline: need('headline'),
		dek: renderCopy(need('dek'), dataset, 'dek', raw, issues, edition),
		byline: need('byline'),
		opening: parseOpening(doc, problem, (text, where) =>
			renderCopy(text, dataset, where, raw, issues, edition)
		),
		sections,
		charts,
		timeline,
		methods,
		disagreements
	};
	if (issues.length) throw new DataError(issues);
	return story;
}
