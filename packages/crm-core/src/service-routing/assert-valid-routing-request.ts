import { CrmError } from '../errors/crm-error.ts';
import { assertNonEmptyString, assertObject, assertOptionalId, describeValue } from './assert-field.ts';
import { assertValidSkillRequirements } from './assert-valid-skill-requirements.ts';
import type { RoutingRequest } from './routing-request.ts';
import { isServicePriority, SERVICE_PRIORITIES } from './service-priority.ts';

/** Checks a request to assign; details.field names the value (`request.requiredSkills[0].minLevel`). */
export function assertValidRoutingRequest(request: unknown, field = 'request'): asserts request is RoutingRequest {
	assertObject(request, field);
	assertNonEmptyString(request.id, `${field}.id`);
	if (!isServicePriority(request.priority)) {
		const at = `${field}.priority`;
		if (request.priority === undefined || request.priority === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${at}" is required.`, { field: at });
		throw new CrmError('CRM_INVALID_CHOICE', `"${at}" must be one of ${SERVICE_PRIORITIES.join(', ')}; got ${describeValue(request.priority)}.`, { field: at });
	}
	assertValidSkillRequirements(request.requiredSkills, `${field}.requiredSkills`);
	assertOptionalId(request.teamId, `${field}.teamId`);
	assertOptionalId(request.customerId, `${field}.customerId`);
}
