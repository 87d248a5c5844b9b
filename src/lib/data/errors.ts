/** Where a data file is wrong, and why: enough for an editor to fix it without reading code. */
export interface DataIssue {
	file: string;
	line: number;
	field?: string;
	reason: string;
}

export function formatIssue({ file, line, field, reason }: DataIssue): string {
	return `${file}:${line}${field ? `: field "${field}"` : ''}: ${reason}`;
}

/** Thrown when a file in data/ (or the story copy) is malformed; lists every problem found. */
export class DataError extends Error {
	readonly issues: DataIssue[];
	constructor(issues: DataIssue[]) {
		const n = issues.length;
		super(
			`${n} problem${n === 1 ? '' : 's'} in the story's data:\n` +
				issues.map((i) => `  - ${formatIssue(i)}`).join('\n')
		);
		this.name = 'DataError';
		this.issues = issues;
	}
}
