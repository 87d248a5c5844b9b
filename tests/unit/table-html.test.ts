import { describe, expect, it } from 'vitest';
import { tableHtml } from '../../src/lib/charts/table';
import { esc } from '../../src/lib/html';
import { sayFor } from './say';

describe('tableHtml: a state’s data table as one block of HTML', () => {
	const table = {
		caption: 'Aid <by> "donor" & type',
		columns: [
			{ key: 'donor', label: 'Donor' },
			{ key: 'total', label: 'Total (€bn)', numeric: true }
		],
		rows: [
			{ donor: 'A & B <i>', total: 1234.5 },
			{ donor: 'C', total: null }
		]
	};

	it('escapes every text it writes', () => {
		const html = tableHtml(table, sayFor('aid'));
		expect(html).toContain('<caption>Aid &lt;by&gt; &quot;donor&quot; &amp; type</caption>');
		expect(html).toContain('<th scope="row">A &amp; B &lt;i&gt;</th>');
		expect(html).not.toContain('<i>');
		expect(esc('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});

	it('heads each column and each row, numbers right-aligned in the edition’s format', () => {
		const html = tableHtml(table, sayFor('aid'));
		expect(html).toContain('<thead><tr><th scope="col">Donor</th><th scope="col" class="numeric">');
		expect(html).toContain('<td class="numeric">1,234.5</td>');
		expect(html.match(/<tr>/g)).toHaveLength(3);
		expect(tableHtml(table, sayFor('aid', 'uk'))).toMatch(/<td class="numeric">1\s234,5<\/td>/);
	});

	it('marks an empty cell with the edition’s word for none', () => {
		const none = sayFor('aid')('table.none');
		expect(tableHtml(table, sayFor('aid'))).toContain(`<td class="numeric">${none}</td>`);
	});
});
