/**
 * Every stable error code the CRM returns, with its HTTP status. Codes are part of the API
 * contract: never rename one, add a new one instead.
 */
export const CRM_ERROR_STATUS = {
	/** A value does not have the field's type (text into a number, object into a string…). */
	CRM_INVALID_TYPE: 400,
	/** A required field is missing, null or empty. */
	CRM_REQUIRED_FIELD: 400,
	/** A value is not one of the field's allowed choices. */
	CRM_INVALID_CHOICE: 400,
	/** A string is longer than the field allows. */
	CRM_TOO_LONG: 400,
	/** A number or date is outside the allowed range. */
	CRM_OUT_OF_RANGE: 400,
	/** A string does not match the field's format (e-mail, ISO code…). */
	CRM_INVALID_FORMAT: 400,
	/** The payload is not an object, or names a field the collection does not have. */
	CRM_INVALID_PAYLOAD: 400,
	/** An interaction's contact belongs to another customer. */
	CRM_CONTACT_CUSTOMER_MISMATCH: 400,
	/** A referenced record does not exist or the caller may not see it. */
	CRM_REFERENCE_NOT_FOUND: 400,
	/** occurred_at lies further in the future than allowed. */
	CRM_OCCURRED_IN_FUTURE: 400,
	/** System interactions are written by the CRM itself, never by clients. */
	CRM_SYSTEM_INTERACTION_READONLY: 403,
	/** The caller may not give this customer to that owner. */
	CRM_OWNER_ASSIGNMENT_FORBIDDEN: 403,
	/** A query parameter is malformed (page, limit, dates, types). */
	CRM_INVALID_QUERY: 400,
	/** The record does not exist or the caller may not see it. */
	CRM_NOT_FOUND: 404,
	/** Not an ISO 4217 currency code. */
	CRM_INVALID_CURRENCY: 400,
	/** Not a whole number of minor units, or more decimals than the currency has. */
	CRM_INVALID_AMOUNT: 400,
	/** Not a positive exchange rate. */
	CRM_INVALID_RATE: 400,
} as const;

export type CrmErrorCode = keyof typeof CRM_ERROR_STATUS;

export function httpStatusOf(code: CrmErrorCode): number {
	return CRM_ERROR_STATUS[code];
}
