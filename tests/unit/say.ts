import { chartWords } from '../../src/lib/content/words.server';
import { sayer, type Say } from '../../src/lib/content/words';

/** A chart's words in an edition (English unless said), as its view is given them. */
export function sayFor(chart: string, locale: 'en' | 'uk' = 'en'): Say {
	return sayer(chartWords(chart, locale));
}
