import { assertArray, assertIntegerInRange, assertNonEmptyString, assertObject } from './assert-field.ts';
import { MAX_SKILL_LEVEL, MIN_SKILL_LEVEL, type SkillRequirement } from './skill-requirement.ts';

/** A list of `{ skillId, minLevel }` with levels 1..5; a skill listed twice counts at its highest level. */
export function assertValidSkillRequirements(value: unknown, field: string): asserts value is SkillRequirement[] {
	assertArray(value, field);
	value.forEach((item, i) => {
		assertObject(item, `${field}[${i}]`);
		assertNonEmptyString(item.skillId, `${field}[${i}].skillId`);
		assertIntegerInRange(item.minLevel, `${field}[${i}].minLevel`, MIN_SKILL_LEVEL, MAX_SKILL_LEVEL);
	});
}
