import type { ServicePriority } from './service-priority.ts';
import type { SkillRequirement } from './skill-requirement.ts';

/** The fields a rule can decide. */
export type ClassifiedField = 'typeId' | 'categoryId' | 'priority' | 'requiredSkills';

/**
 * What came of one rule:
 * - applied: it matched and decided at least one field (or added skills);
 * - overridden: it matched, but every field it sets was already decided (by the request or an earlier rule);
 * - no_effect: it matched but sets nothing;
 * - not_matched: a condition does not hold (detail names the first one, in the order channel,
 *   customer status, category, product, product group, keywords);
 * - inactive: switched off.
 */
export type ClassificationOutcome = 'applied' | 'overridden' | 'no_effect' | 'not_matched' | 'inactive';

export interface ClassificationTraceEntry {
	ruleId: string;
	code: string;
	name: string;
	outcome: ClassificationOutcome;
	/** Fields this rule decided. */
	set: ClassifiedField[];
	/** Fields it would have set but that were decided before: by 'request' or by the code of an earlier rule. */
	overridden: { field: ClassifiedField; by: string }[];
	/** Plain English, e.g. `matched keyword "refund"; sets priority high; requires skill BILLING ≥ 2`. */
	detail: string;
}

/** Who decided a field: 'request' (the client gave it), a rule's id, or null / 'default' when nobody did. */
export interface ClassificationSources {
	typeId: string | null;
	categoryId: string | null;
	priority: string;
}

export interface ClassificationResult {
	typeId: string | null;
	categoryId: string | null;
	priority: ServicePriority;
	/** Of all matching rules, one entry per skill at the highest level asked, by skill id. */
	requiredSkills: SkillRequirement[];
	sources: ClassificationSources;
	/** Every rule, in the order they were considered. */
	trace: ClassificationTraceEntry[];
}
