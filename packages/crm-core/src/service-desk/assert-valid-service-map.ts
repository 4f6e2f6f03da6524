import { assertNonEmptyString, assertObject, assertOptionalId, assertString } from '../service-routing/assert-field.ts';
import { assertValidServiceSteps } from './assert-valid-service-steps.ts';
import { assertValidSlaTargets } from './assert-valid-sla-targets.ts';
import type { ServiceMapTerms } from './service-map-terms.ts';

/** Throws a CrmError naming `${field}.…` unless `value` is a usable service map. */
export function assertValidServiceMap(value: unknown, field = 'serviceMap'): asserts value is ServiceMapTerms {
	assertObject(value, field);
	assertNonEmptyString(value.id, `${field}.id`);
	assertNonEmptyString(value.name, `${field}.name`);
	assertString(value.customerStatus, `${field}.customerStatus`);
	assertValidSlaTargets(value.targets, `${field}.targets`);
	assertValidServiceSteps(value.steps, `${field}.steps`);
	assertOptionalId(value.calendarId, `${field}.calendarId`);
}
