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
	/** A confirmed (or later) document's lines and prices can no longer change. */
	CRM_DOCUMENT_LOCKED: 409,
	/** The field is computed by the CRM (totals, statuses, numbers) and clients cannot set it. */
	CRM_READONLY_FIELD: 400,
	/** This kind of document is created by its endpoint, which also moves stock and posts to the ledger. */
	CRM_USE_ENDPOINT: 409,
	/** Ledger entries are never changed or deleted; corrections are new entries. */
	CRM_LEDGER_APPEND_ONLY: 409,
	/** Same Idempotency-Key with a different request body. */
	CRM_IDEMPOTENCY_MISMATCH: 422,
	/** A request with this Idempotency-Key is still being processed. */
	CRM_IDEMPOTENCY_IN_PROGRESS: 409,
	/** The payload is not an object, or names a field the collection does not have. */
	CRM_INVALID_PAYLOAD: 400,
	/** A relational field carries an object that would create or change a Directus record (a user, a file, a role): link an existing one by its id. */
	CRM_NESTED_WRITE_FORBIDDEN: 400,
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
	/** A price list definition breaks a rule (dates, derivation, rounding, items, currency); details.field names the field. */
	CRM_PRICE_LIST_INVALID: 400,
	/** A price list's parent chain leads back to itself, so no derived price can be computed. */
	CRM_PRICE_LIST_CYCLE: 400,
	/** No applicable price list has a price for the product at that quantity and date; details.explanation says why. */
	CRM_NO_PRICE: 422,
	/** A quantity is not a whole, non-negative number of milli-units (or not positive where it must be). */
	CRM_INVALID_QUANTITY: 400,
	/** A document cannot move from its status to the requested one; the message names the allowed steps. */
	CRM_INVALID_TRANSITION: 409,
	/** An order lacks a field its target status needs (customer, currency, lines, cancel reason…). */
	CRM_ORDER_INCOMPLETE: 400,
	/** The quote's validity date has passed, so it can no longer be accepted. */
	CRM_QUOTE_EXPIRED: 409,
	/** The customer's credit limit or overdue invoices block the order; a manager may override with a reason. */
	CRM_CREDIT_BLOCKED: 409,
	/** Only a sales manager may override a credit block. */
	CRM_OVERRIDE_FORBIDDEN: 403,
	/** The warehouse does not hold enough of one or more products. */
	CRM_INSUFFICIENT_STOCK: 409,
	/** A shipment would ship more of a line than was ordered and not yet shipped. */
	CRM_OVER_SHIPMENT: 409,
	/** No exchange rate was given for a currency that has to be converted. */
	CRM_MISSING_RATE: 400,
	/** Documents that must share a currency do not (an allocation in another currency than its invoice or payment). */
	CRM_CURRENCY_MISMATCH: 400,
	/** Documents posted together belong to different customers or payments (reversing a payment with another payment's allocations). */
	CRM_DOCUMENT_MISMATCH: 400,
	/** An allocation would take more than an invoice's open amount. */
	CRM_OVER_ALLOCATION: 409,
	/** Allocations would use more than what is left of the payment. */
	CRM_PAYMENT_EXCEEDED: 409,
	/** A shipment would mix goods and services: a waybill carries goods, a service act services; send `kind` to ship one of them. */
	CRM_MIXED_SHIPMENT: 400,
	/** Nothing of the order (of the requested kind) is left to ship or render. */
	CRM_NOTHING_TO_SHIP: 409,
	/** The order has nothing shipped or rendered that is not invoiced yet (in the chosen shipments). */
	CRM_NOTHING_TO_INVOICE: 409,
	/** A credit note would credit more of an invoice line than was invoiced minus already credited. */
	CRM_OVER_CREDIT: 409,
	/** Stored ledger entries break an invariant (an allocation pair that does not net to zero): the data needs repair. */
	CRM_LEDGER_INCONSISTENT: 500,
	/** A discount rule, offer or promo code definition breaks a rule (effect values, tiers, dates, combination group); details.field names the field. */
	CRM_DISCOUNT_RULE_INVALID: 400,
	/** A promo code entered on an order does not exist, is inactive, outside its dates or meant for another customer. */
	CRM_PROMO_CODE_INVALID: 400,
	/** A promo code's or offer's usage limit is used up (another order may have just taken the last use). */
	CRM_PROMO_CODE_EXHAUSTED: 409,
	/** One or more lines carry a manual discount that needs a manager's approval before the order can be confirmed. */
	CRM_APPROVAL_REQUIRED: 409,
	/** The caller's discount approval limit does not cover this discount. */
	CRM_APPROVAL_FORBIDDEN: 403,
	/** A time entry is malformed: no start, neither end nor duration, end not after start, under a minute or over 24 hours; details.field names the field. */
	CRM_TIME_ENTRY_INVALID: 400,
	/** A time entry would end in the future (beyond the allowed clock skew): time is booked once the work is done. */
	CRM_TIME_ENTRY_IN_FUTURE: 400,
	/** A time entry overlaps another entry of the same specialist; details name the other entry. */
	CRM_TIME_ENTRY_OVERLAP: 409,
	/** Only service-desk staff decide a request's assignee, team, priority, skills, type and follow-up times. */
	CRM_DESK_FIELD_FORBIDDEN: 403,
	/** The project's CRM schema version is not the one these extensions were built for: run `crm-module upgrade`, or update the extensions. */
	CRM_SCHEMA_UNSUPPORTED: 503,
} as const;

export type CrmErrorCode = keyof typeof CRM_ERROR_STATUS;

export function httpStatusOf(code: CrmErrorCode): number {
	return CRM_ERROR_STATUS[code];
}
