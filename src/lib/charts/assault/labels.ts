// The labels' words in each state, and the labels themselves placed where the layout put them.
import type { Say } from '$lib/content/words';
import type { AssaultData, AssaultType } from './data.server';
import type { LabelTexts, Placed } from './layout';
import { groupId, reportedOf, sectionId, type Section } from './sections';
import type { AssaultLabel, AssaultState, LabelPart } from './view';

/** Shot down, lost in flight (only where any were), not reported stopped: with key swatches. */
function fateParts(s: Section, say: Say): LabelPart[] {
	return [
		{ text: say('fate.destroyed', { count: s.destroyed }), swatch: 'destroyed' },
		...(s.lost > 0 ? [{ text: say('fate.lost', { count: s.lost }), swatch: 'lost' as const }] : []),
		{ text: say('fate.unstopped', { count: s.unstopped }), swatch: 'unstopped' }
	];
}

function sectionParts(s: Section, state: AssaultState, say: Say, compact: boolean): LabelPart[] {
	if (state === 'shot-down') return fateParts(s, say);
	// In the compact layout a section of one type has no label of that type: it names it.
	const only = compact && s.types.length === 1;
	const text =
		state === 'all'
			? say('section.all', { launched: s.launched })
			: only
				? say('section.only', {
						launched: s.launched,
						weapon: say.named('weapon', s.types[0].weapon)
					})
				: say.plural('section.entries', s.types.length, { launched: s.launched });
	return [{ text, swatch: null }];
}

function groupParts(t: AssaultType, state: AssaultState, say: Say): LabelPart[] {
	const text =
		state === 'shot-down'
			? say('group.shot-down', { destroyed: t.destroyed, launched: t.launched })
			: say.plural(`category.${t.category.toLowerCase().replace(' ', '-')}`, t.launched);
	return [{ text, swatch: null }];
}

/** Every label's words, in any state: the layout reserves room for the longest. */
export function labelTexts(data: AssaultData, say: Say, compact = false): LabelTexts {
	return {
		sectionTitle: (s) => {
			const fig = reportedOf(data, s.kind);
			return say.plural(`section.${s.kind}`, fig.value, { figure: say.figure(fig) });
		},
		groupTitle: (t) => say.named('weapon', t.weapon),
		sectionParts: (s, state) => sectionParts(s, state, say, compact),
		groupParts: (t, state) => groupParts(t, state, say)
	};
}

/**
 * Each section's label, then its weapon types' (hidden while the marks are not grouped):
 * the same labels in the same order in every state.
 */
export function assaultLabels(
	secs: Section[],
	state: AssaultState,
	texts: LabelTexts,
	placed: Placed,
	grouped: Placed
): AssaultLabel[] {
	return secs.flatMap((s) => [
		{
			id: sectionId(s.kind),
			level: 'section' as const,
			kind: s.kind,
			...placed.labels.get(sectionId(s.kind))!,
			title: texts.sectionTitle(s),
			parts: texts.sectionParts(s, state),
			opacity: 1
		},
		...s.types.map((t) => ({
			id: groupId(t),
			level: 'group' as const,
			kind: t.kind,
			...grouped.labels.get(groupId(t))!,
			title: texts.groupTitle(t),
			parts: texts.groupParts(t, state),
			opacity: state === 'all' || grouped.labels.get(groupId(t))!.hidden ? 0 : 1
		}))
	]);
}
