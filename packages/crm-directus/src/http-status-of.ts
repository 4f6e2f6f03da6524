import { type CrmErrorCode, type CrmErrorKind, errorKindOf } from '@crm/core';

/** The one place where the domain's kinds of failure become HTTP statuses. */
const HTTP_STATUS: Readonly<Record<CrmErrorKind, number>> = {
	invalid: 400,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	unprocessable: 422,
	internal: 500,
	unavailable: 503,
};

export function httpStatusOf(code: CrmErrorCode): number {
	return HTTP_STATUS[errorKindOf(code)];
}
