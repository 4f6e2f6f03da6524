import { CrmError } from '../errors/crm-error.ts';
import { assertArray, assertBoolean, assertIdList, assertIntegerInRange, assertNonEmptyString, assertObject, describeValue } from './assert-field.ts';
import { isServicePriority, SERVICE_PRIORITIES } from './service-priority.ts';
import { MAX_SKILL_LEVEL, MIN_SKILL_LEVEL } from './skill-requirement.ts';
import type { Specialist } from './specialist.ts';

/** Capacity and counts are bounded so that load × capacity stays a safe integer (see compareLoad). */
export const MAX_CAPACITY = 1_000_000;
export const MAX_LOAD_COUNT = 1_000_000;

/**
 * Checks one specialist (details.field like `specialists[4].skills[1].level`). Timestamps are checked
 * where they are parsed (indexSpecialists). A capacity of 0 is refused: to stop someone getting
 * requests, make them inactive.
 */
export function assertValidSpecialist(specialist: unknown, field: string): asserts specialist is Specialist {
	assertObject(specialist, field);
	assertNonEmptyString(specialist.id, `${field}.id`);
	assertNonEmptyString(specialist.name, `${field}.name`);
	assertIdList(specialist.teamIds, `${field}.teamIds`);
	assertArray(specialist.skills, `${field}.skills`);
	specialist.skills.forEach((skill, i) => {
		assertObject(skill, `${field}.skills[${i}]`);
		assertNonEmptyString(skill.skillId, `${field}.skills[${i}].skillId`);
		assertIntegerInRange(skill.level, `${field}.skills[${i}].level`, MIN_SKILL_LEVEL, MAX_SKILL_LEVEL);
	});
	assertBoolean(specialist.available, `${field}.available`);
	assertIntegerInRange(specialist.capacity, `${field}.capacity`, 1, MAX_CAPACITY);
	assertArray(specialist.load, `${field}.load`);
	specialist.load.forEach((load, i) => {
		assertObject(load, `${field}.load[${i}]`);
		if (!isServicePriority(load.priority)) {
			const at = `${field}.load[${i}].priority`;
			throw new CrmError('CRM_INVALID_CHOICE', `"${at}" must be one of ${SERVICE_PRIORITIES.join(', ')}; got ${describeValue(load.priority)}.`, { field: at });
		}
		assertIntegerInRange(load.count, `${field}.load[${i}].count`, 0, MAX_LOAD_COUNT);
	});
	assertBoolean(specialist.active, `${field}.active`);
}
