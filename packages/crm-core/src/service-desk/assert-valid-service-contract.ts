import { toEpochDay } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { assertBoolean, assertIdList, assertNonEmptyString, assertObject, assertOptionalId } from '../service-routing/assert-field.ts';
import { assertValidSlaTargets } from './assert-valid-sla-targets.ts';
import { assertChoice, assertOptionalDay } from './desk-fields.ts';
import type { ServiceContractTerms } from './service-contract-terms.ts';
import { SERVICE_LEVELS } from './service-level.ts';

/** Throws a CrmError naming `${field}.…` unless `value` is usable contract terms. */
export function assertValidServiceContract(value: unknown, field = 'contract'): asserts value is ServiceContractTerms {
	assertObject(value, field);
	assertNonEmptyString(value.id, `${field}.id`);
	assertNonEmptyString(value.code, `${field}.code`);
	assertChoice(value.level, SERVICE_LEVELS, `${field}.level`);
	assertBoolean(value.active, `${field}.active`);
	assertOptionalDay(value.validFrom, `${field}.validFrom`);
	assertOptionalDay(value.validTo, `${field}.validTo`);
	if (value.validFrom !== null && value.validTo !== null && toEpochDay(value.validTo) < toEpochDay(value.validFrom)) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"${field}.validTo" (${value.validTo}) lies before "${field}.validFrom" (${value.validFrom}).`, { field: `${field}.validTo` });
	}
	assertIdList(value.coveredProductIds, `${field}.coveredProductIds`);
	assertIdList(value.coveredProductGroupIds, `${field}.coveredProductGroupIds`);
	assertIdList(value.coveredCategoryIds, `${field}.coveredCategoryIds`);
	assertValidSlaTargets(value.targets, `${field}.targets`);
	assertOptionalId(value.calendarId, `${field}.calendarId`);
}
