import { CrmError } from '../errors/crm-error.ts';
import { assertIdList, assertNonEmptyString, assertObject, assertOptionalId, assertString, describeValue } from './assert-field.ts';
import type { ClassificationRequest } from './classification-request.ts';
import { isServicePriority, SERVICE_PRIORITIES } from './service-priority.ts';

/** Checks what an API client or mail gateway sent; details.field names the value (`request.channel`). */
export function assertValidClassificationRequest(request: unknown, field = 'request'): asserts request is ClassificationRequest {
	assertObject(request, field);
	assertString(request.subject, `${field}.subject`);
	if (request.description !== null) assertString(request.description, `${field}.description`);
	assertNonEmptyString(request.channel, `${field}.channel`);
	assertOptionalId(request.productId, `${field}.productId`);
	assertIdList(request.productGroupIds, `${field}.productGroupIds`);
	assertOptionalId(request.categoryId, `${field}.categoryId`);
	assertOptionalId(request.customerStatus, `${field}.customerStatus`);
	// typeId and priority are optional: most clients leave them to the rules.
	if (request.typeId !== undefined && request.typeId !== null) assertNonEmptyString(request.typeId, `${field}.typeId`);
	if (request.priority !== undefined && request.priority !== null && !isServicePriority(request.priority)) {
		const at = `${field}.priority`;
		throw new CrmError('CRM_INVALID_CHOICE', `"${at}" must be one of ${SERVICE_PRIORITIES.join(', ')}; got ${describeValue(request.priority)}.`, { field: at });
	}
}
