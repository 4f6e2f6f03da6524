import type { StoredDecision } from './describe-request-overview.ts';

/**
 * Routing decisions are stored with ids: the type, category, team and specialist they set, and the
 * engine's texts ("sets type 65c4…", "queue of 9a1e…"). People read names. The page gets the names of
 * what the caller may read; anything else is named neutrally, never by its id (an id tells nobody
 * anything, and it is not the caller's to follow).
 */
export const NOT_VISIBLE = {
	type: '(a type you cannot see)',
	category: '(a category you cannot see)',
	team: '(a team you cannot see)',
	specialist: '(a specialist you cannot see)',
	record: '(not visible to you)',
} as const;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The ids (uuids) a text mentions. */
export const idsIn = (text: unknown): string[] => (typeof text === 'string' ? (text.match(UUID) ?? []) : []);

/** A text with the ids it mentions replaced by names; an id without a name (the caller may not read it) becomes neutral. */
export function withNames(text: unknown, names: ReadonlyMap<string, string>): string {
	const named = [...names].reduce((out, [id, name]) => out.replaceAll(id, name), String(text ?? ''));
	return named.replace(UUID, NOT_VISIBLE.record);
}

const textsOf = (d: StoredDecision): unknown[] => [
	d.summary,
	...(d.classification?.trace ?? []).map((t) => (t as { detail?: unknown } | null)?.detail),
	...(d.explanation?.candidates ?? []).map((c) => c.detail),
];

/** Every id the decisions name (in their fields and texts): what the page needs names for. */
export function idsMentioned(decisions: readonly StoredDecision[]): string[] {
	const ids = new Set<string>();
	for (const d of decisions) {
		for (const id of [d.assignee, d.queue, d.classification?.set?.['type'], d.classification?.set?.['category']]) if (typeof id === 'string' && id !== '') ids.add(id);
		for (const text of textsOf(d)) for (const id of idsIn(text)) ids.add(id);
	}
	return [...ids];
}

interface StoredSkill {
	skill: string;
	min_level: unknown;
}

const storedSkills = (value: unknown): StoredSkill[] => (Array.isArray(value) ? value.filter((s): s is StoredSkill => typeof (s as StoredSkill | null)?.skill === 'string') : []);

/** The skill codes the decisions' classifications require: skills are kept by code, shown by name. */
export function skillCodesMentioned(decisions: readonly StoredDecision[]): string[] {
	return [...new Set(decisions.flatMap((d) => storedSkills(d.classification?.set?.['required_skills']).map((s) => s.skill)))];
}

/** What a classification set, in names: the type and category by name (or neutrally), the skills by name (or their code, which people write in rules). */
export function describeClassificationSet(set: Readonly<Record<string, unknown>>, names: ReadonlyMap<string, string>, skillNames: ReadonlyMap<string, string>): Record<string, unknown> {
	const nameOf = (id: unknown, unseen: string) => (typeof id === 'string' && id !== '' ? (names.get(id) ?? unseen) : undefined);
	const out: Record<string, unknown> = {};
	const type = nameOf(set['type'], NOT_VISIBLE.type);
	const category = nameOf(set['category'], NOT_VISIBLE.category);
	if (type !== undefined) out['type'] = type;
	if (category !== undefined) out['category'] = category;
	if (set['priority'] !== undefined && set['priority'] !== null) out['priority'] = set['priority'];
	if (set['required_skills'] !== undefined) out['required_skills'] = storedSkills(set['required_skills']).map((s) => ({ skill: skillNames.get(s.skill) ?? s.skill, min_level: s.min_level }));
	return out;
}
