import { CrmError } from '../errors/crm-error.ts';
import { assertArray, assertIntegerInRange, assertNonEmptyString, assertObject, assertString } from '../service-routing/assert-field.ts';
import { assertChoice, assertOptionalMinutes } from './desk-fields.ts';
import { SERVICE_STEP_KINDS, type ServiceStep } from './service-step.ts';

/** Throws a CrmError naming `${field}[i].…` unless `value` is a list of service steps with distinct ids. */
export function assertValidServiceSteps(value: unknown, field = 'steps'): asserts value is ServiceStep[] {
	assertArray(value, field);
	const ids = new Set<string>();
	value.forEach((step, index) => {
		const stepField = `${field}[${index}]`;
		assertObject(step, stepField);
		assertNonEmptyString(step.id, `${stepField}.id`);
		if (ids.has(step.id)) throw new CrmError('CRM_INVALID_CHOICE', `"${stepField}.id" repeats "${step.id}"; every step needs its own id.`, { field: `${stepField}.id` });
		ids.add(step.id);
		assertIntegerInRange(step.sort, `${stepField}.sort`, -1_000_000, 1_000_000);
		assertChoice(step.kind, SERVICE_STEP_KINDS, `${stepField}.kind`);
		assertString(step.name, `${stepField}.name`);
		assertOptionalMinutes(step.targetMinutes, `${stepField}.targetMinutes`);
	});
}
