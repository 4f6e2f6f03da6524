import { type ClassificationRule, isServicePriority } from '@crm/core';
import { jsonOf } from './instant.ts';

type Row = Readonly<Record<string, unknown>>;

/** What a rule is limited to, from its junction rows. */
export interface ClassificationRuleLinks {
	productIds: readonly string[];
	productGroupIds: readonly string[];
	categoryIds: readonly string[];
}

const list = (v: unknown): string[] => jsonOf<unknown[]>(v, []).filter((x): x is string => typeof x === 'string' && x.length > 0);

/**
 * A crm_service_classification_rules row with its links, as classifyRequest reads it: JSON lists as text
 * (SQLite) or parsed (PostgreSQL), empty entries dropped, a priority only when it is one, required skills by code.
 */
export function toClassificationRule(r: Row, links: ClassificationRuleLinks): ClassificationRule {
	const skills = jsonOf<{ skill?: unknown; min_level?: unknown }[]>(r['set_required_skills'], []);
	return {
		id: String(r['id']),
		code: String(r['code']),
		name: String(r['name']),
		priority: Number(r['priority']),
		active: Boolean(r['active']),
		match: { keywordsAny: list(r['keywords']), channels: list(r['channels']), customerStatuses: list(r['customer_statuses']), productIds: [...links.productIds], productGroupIds: [...links.productGroupIds], categoryIds: [...links.categoryIds] },
		set: {
			...(r['set_type'] ? { typeId: String(r['set_type']) } : {}),
			...(r['set_category'] ? { categoryId: String(r['set_category']) } : {}),
			...(isServicePriority(r['set_priority']) ? { priority: r['set_priority'] } : {}),
			...(skills.length > 0 ? { requiredSkills: skills.map((s) => ({ skillId: String(s.skill), minLevel: Number(s.min_level) })) } : {}),
		},
	};
}
