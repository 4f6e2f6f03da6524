import type { ServicePriority } from './service-priority.ts';
import type { SkillRequirement } from './skill-requirement.ts';

/**
 * When a rule matches. Every condition given must hold; within one condition any listed value is
 * enough. A missing or empty list is no condition.
 */
export interface ClassificationMatch {
	/** Any of these words or phrases in the subject or description; case, accents and punctuation are ignored, whole words only. */
	keywordsAny?: string[];
	productIds?: string[];
	/** Any of the request's product groups. */
	productGroupIds?: string[];
	categoryIds?: string[];
	channels?: string[];
	customerStatuses?: string[];
}

/** What a matching rule decides. */
export interface ClassificationEffect {
	typeId?: string;
	categoryId?: string;
	priority?: ServicePriority;
	requiredSkills?: SkillRequirement[];
}

export interface ClassificationRule {
	id: string;
	code: string;
	name: string;
	/** Lower runs first; then code, then id. */
	priority: number;
	active: boolean;
	match: ClassificationMatch;
	set: ClassificationEffect;
}
