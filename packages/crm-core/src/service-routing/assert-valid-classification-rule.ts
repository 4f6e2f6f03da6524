import { CrmError } from '../errors/crm-error.ts';
import { assertBoolean, assertIdList, assertIntegerInRange, assertNonEmptyString, assertObject, describeValue } from './assert-field.ts';
import { assertValidSkillRequirements } from './assert-valid-skill-requirements.ts';
import type { ClassificationRule } from './classification-rule.ts';
import { foldText } from './fold-text.ts';
import { isServicePriority, SERVICE_PRIORITIES } from './service-priority.ts';

const LIST_CONDITIONS = ['productIds', 'productGroupIds', 'categoryIds', 'channels', 'customerStatuses'] as const;

/**
 * Checks a classification rule as it is saved (and as the engine loads it): details.field names the
 * value, prefixed with `field` (e.g. `rules[2].set.priority`). A keyword made only of punctuation
 * could never match a whole word, so it is refused rather than silently ignored.
 */
export function assertValidClassificationRule(rule: unknown, field = 'rule'): asserts rule is ClassificationRule {
	assertObject(rule, field);
	assertNonEmptyString(rule.id, `${field}.id`);
	assertNonEmptyString(rule.code, `${field}.code`);
	assertNonEmptyString(rule.name, `${field}.name`);
	assertIntegerInRange(rule.priority, `${field}.priority`, -1_000_000, 1_000_000);
	assertBoolean(rule.active, `${field}.active`);

	assertObject(rule.match, `${field}.match`);
	const match = rule.match;
	if (match.keywordsAny !== undefined) {
		assertIdList(match.keywordsAny, `${field}.match.keywordsAny`);
		match.keywordsAny.forEach((keyword, i) => {
			if (foldText(keyword) === ' ') {
				const at = `${field}.match.keywordsAny[${i}]`;
				throw new CrmError('CRM_INVALID_FORMAT', `"${at}" must contain a letter or a digit, got ${describeValue(keyword)}.`, { field: at });
			}
		});
	}
	for (const name of LIST_CONDITIONS) if (match[name] !== undefined) assertIdList(match[name], `${field}.match.${name}`);

	assertObject(rule.set, `${field}.set`);
	const set = rule.set;
	if (set.typeId !== undefined) assertNonEmptyString(set.typeId, `${field}.set.typeId`);
	if (set.categoryId !== undefined) assertNonEmptyString(set.categoryId, `${field}.set.categoryId`);
	if (set.priority !== undefined && !isServicePriority(set.priority)) {
		const at = `${field}.set.priority`;
		throw new CrmError('CRM_INVALID_CHOICE', `"${at}" must be one of ${SERVICE_PRIORITIES.join(', ')}; got ${describeValue(set.priority)}.`, { field: at });
	}
	if (set.requiredSkills !== undefined) assertValidSkillRequirements(set.requiredSkills, `${field}.set.requiredSkills`);
}
