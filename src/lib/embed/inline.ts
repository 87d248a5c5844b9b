import source from 'virtual:embed-child';
import type { EmbedPageConfig } from './child';

/** The embed page's <script> element: the bundled child script, started with its config. */
export function embedScriptTag(config: EmbedPageConfig): string {
	// JSON in a script: escape "<" so no value can close the element.
	const json = JSON.stringify(config).replace(/</g, '\\u003c');
	return `<script>${source}withinRangeEmbed.start(${json})</` + 'script>';
}
