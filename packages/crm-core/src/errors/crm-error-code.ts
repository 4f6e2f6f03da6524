/**
 * What kind of failure an error is, in the domain's words. The adapters map a kind to a transport
 * status (HTTP in crm-directus' httpStatusOf); the domain knows nothing of HTTP.
 */
export type CrmErrorKind = 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'unprocessable' | 'internal' | 'unavailable';

/**
 * Every stable error code the CRM returns, with its kind. Codes are part of the API contract: never
 * rename one, add a new one instead.
 */
export const CRM_ERROR_KIND = {
	/** A value does not have the field's type (text into a number, object into a string…). */
	CRM_INVALID_TYPE: 'invalid',
	/** A required field is missing, null or empty. */
	CRM_REQUIRED_FIELD: 'invalid',
	/** A value is not one of the field's allowed choices. */
	CRM_INVALID_CHOICE: 'invalid',
	/** A string is longer than the field allows. */
	CRM_TOO_LONG: 'invalid',
	/** A number or date is outside the allowed range. */
	CRM_OUT_OF_RANGE: 'invalid',
	/** A string does not match the field's format (e-mail, ISO code…). */
	CRM_INVALID_FORMAT: 'invalid',
	/** A confirmed (or later) document's lines and prices can no longer change. */
	CRM_DOCUMENT_LOCKED: 'conflict',
	/** The field is computed by the CRM (totals, statuses, numbers) and clients cannot set it. */
	CRM_READONLY_FIELD: 'invalid',
	/** This kind of document is created by its endpoint, which also moves stock and posts to the ledger. */
	CRM_USE_ENDPOINT: 'conflict',
	/** Ledger entries are never changed or deleted; corrections are new entries. */
	CRM_LEDGER_APPEND_ONLY: 'conflict',
	/** Same Idempotency-Key with a different request body. */
	CRM_IDEMPOTENCY_MISMATCH: 'unprocessable',
	/** A request with this Idempotency-Key is still being processed. */
	CRM_IDEMPOTENCY_IN_PROGRESS: 'conflict',
	/** The payload is not an object, or names a field the collection does not have. */
	CRM_INVALID_PAYLOAD: 'invalid',
	/** A relational field carries an object that would create or change a Directus record (a user, a file, a role): link an existing one by its id. */
	CRM_NESTED_WRITE_FORBIDDEN: 'invalid',
	/** The record does not exist or the caller's policy hides it or part of what the answer needs; the message names no field or collection. */
	CRM_NOT_PERMITTED: 'forbidden',
	/** The caller may not name another sales rep as the author of an interaction. */
	CRM_AUTHOR_FORBIDDEN: 'forbidden',
	/** An interaction's contact belongs to another customer. */
	CRM_CONTACT_CUSTOMER_MISMATCH: 'invalid',
	/** A referenced record does not exist or the caller may not see it. */
	CRM_REFERENCE_NOT_FOUND: 'invalid',
	/** occurred_at lies further in the future than allowed. */
	CRM_OCCURRED_IN_FUTURE: 'invalid',
	/** System interactions are written by the CRM itself, never by clients. */
	CRM_SYSTEM_INTERACTION_READONLY: 'forbidden',
	/** The caller may not give this customer to that owner. */
	CRM_OWNER_ASSIGNMENT_FORBIDDEN: 'forbidden',
	/** A query parameter is malformed (page, limit, dates, types). */
	CRM_INVALID_QUERY: 'invalid',
	/** The record does not exist or the caller may not see it. */
	CRM_NOT_FOUND: 'not_found',
	/** Not an ISO 4217 currency code. */
	CRM_INVALID_CURRENCY: 'invalid',
	/** Not a whole number of minor units, or more decimals than the currency has. */
	CRM_INVALID_AMOUNT: 'invalid',
	/** Not a positive exchange rate. */
	CRM_INVALID_RATE: 'invalid',
	/** A price list definition breaks a rule (dates, derivation, rounding, items, currency); details.field names the field. */
	CRM_PRICE_LIST_INVALID: 'invalid',
	/** A price list's parent chain leads back to itself, so no derived price can be computed. */
	CRM_PRICE_LIST_CYCLE: 'invalid',
	/** No applicable price list has a price for the product at that quantity and date; details.explanation says why. */
	CRM_NO_PRICE: 'unprocessable',
	/** A quantity is not a whole, non-negative number of milli-units (or not positive where it must be). */
	CRM_INVALID_QUANTITY: 'invalid',
	/** A document cannot move from its status to the requested one; the message names the allowed steps. */
	CRM_INVALID_TRANSITION: 'conflict',
	/** An order lacks a field its target status needs (customer, currency, lines, cancel reason…). */
	CRM_ORDER_INCOMPLETE: 'invalid',
	/** The quote's validity date has passed, so it can no longer be accepted. */
	CRM_QUOTE_EXPIRED: 'conflict',
	/** The customer's credit limit or overdue invoices block the order; a manager may override with a reason. */
	CRM_CREDIT_BLOCKED: 'conflict',
	/** Only a sales manager may override a credit block. */
	CRM_OVERRIDE_FORBIDDEN: 'forbidden',
	/** The warehouse does not hold enough of one or more products. */
	CRM_INSUFFICIENT_STOCK: 'conflict',
	/** A shipment would ship more of a line than was ordered and not yet shipped. */
	CRM_OVER_SHIPMENT: 'conflict',
	/** No exchange rate was given for a currency that has to be converted. */
	CRM_MISSING_RATE: 'invalid',
	/** Documents that must share a currency do not (an allocation in another currency than its invoice or payment). */
	CRM_CURRENCY_MISMATCH: 'invalid',
	/** Documents posted together belong to different customers or payments (reversing a payment with another payment's allocations). */
	CRM_DOCUMENT_MISMATCH: 'invalid',
	/** An allocation would take more than an invoice's open amount. */
	CRM_OVER_ALLOCATION: 'conflict',
	/** Allocations would use more than what is left of the payment. */
	CRM_PAYMENT_EXCEEDED: 'conflict',
	/** A shipment would mix goods and services: a waybill carries goods, a service act services; send `kind` to ship one of them. */
	CRM_MIXED_SHIPMENT: 'invalid',
	/** Nothing of the order (of the requested kind) is left to ship or render. */
	CRM_NOTHING_TO_SHIP: 'conflict',
	/** The order has nothing shipped or rendered that is not invoiced yet (in the chosen shipments). */
	CRM_NOTHING_TO_INVOICE: 'conflict',
	/** A credit note would credit more of an invoice line than was invoiced minus already credited. */
	CRM_OVER_CREDIT: 'conflict',
	/** Stored ledger entries break an invariant (an allocation pair that does not net to zero): the data needs repair. */
	CRM_LEDGER_INCONSISTENT: 'internal',
	/** A discount rule, offer or promo code definition breaks a rule (effect values, tiers, dates, combination group); details.field names the field. */
	CRM_DISCOUNT_RULE_INVALID: 'invalid',
	/** A promo code entered on an order does not exist, is inactive, outside its dates or meant for another customer. */
	CRM_PROMO_CODE_INVALID: 'invalid',
	/** A promo code's or offer's usage limit is used up (another order may have just taken the last use). */
	CRM_PROMO_CODE_EXHAUSTED: 'conflict',
	/** One or more lines carry a manual discount that needs a manager's approval before the order can be confirmed. */
	CRM_APPROVAL_REQUIRED: 'conflict',
	/** The caller's discount approval limit does not cover this discount. */
	CRM_APPROVAL_FORBIDDEN: 'forbidden',
	/** A time entry is malformed: no start, neither end nor duration, end not after start, under a minute or over 24 hours; details.field names the field. */
	CRM_TIME_ENTRY_INVALID: 'invalid',
	/** A time entry would end in the future (beyond the allowed clock skew): time is booked once the work is done. */
	CRM_TIME_ENTRY_IN_FUTURE: 'invalid',
	/** A time entry overlaps another entry of the same specialist; details name the other entry. */
	CRM_TIME_ENTRY_OVERLAP: 'conflict',
	/** Only service-desk staff decide a request's assignee, team, priority, skills, type and follow-up times. */
	CRM_DESK_FIELD_FORBIDDEN: 'forbidden',
	/** The project's CRM schema version is not the one these extensions were built for: run `crm-module upgrade`, or update the extensions. */
	CRM_SCHEMA_UNSUPPORTED: 'unavailable',
	/** A segment's rule is incomplete or names something a rule cannot test; the message names the part to fix. */
	CRM_SEGMENT_RULE_INVALID: 'invalid',
	/** A segment by rule keeps its own members: they are not added or removed by hand. */
	CRM_SEGMENT_MEMBERS_BY_RULE: 'conflict',
	/** Only a segment by rule can be refreshed: a segment chosen by hand has no rule to apply. */
	CRM_SEGMENT_NOT_BY_RULE: 'conflict',
	/** An e-mail template names a merge field that does not exist; the message lists the ones that do. */
	CRM_CAMPAIGN_TEMPLATE_INVALID: 'invalid',
	/** The campaign cannot send now (not an e-mail campaign, no subject or text, finished or cancelled, no members, budget spent). */
	CRM_CAMPAIGN_NOT_SENDABLE: 'conflict',
	/** Tasks and call lists are for call and visit campaigns that are planned or running; the reason says which. */
	CRM_CAMPAIGN_NO_TASKS: 'conflict',
	/** A tracking or unsubscribe link was not made by this CRM, or was changed. */
	CRM_TRACKING_TOKEN_INVALID: 'forbidden',
	/** A tracking link that counts once has already been counted. */
	CRM_TRACKING_TOKEN_USED: 'conflict',
	/** A classification run is going on (on this or another server): one at a time. */
	CRM_CLASSIFICATION_RUNNING: 'conflict',
	/** A pipeline stage contradicts its outcome (a won stage below 100 % or outside "closed", a lost one above 0 %…), or the last won or lost stage would go. */
	CRM_STAGE_INVALID: 'invalid',
	/** The opportunity cannot go to that stage: an inactive stage, a closed stage for a new opportunity, or won by hand. */
	CRM_STAGE_NOT_ALLOWED: 'conflict',
	/** A won opportunity is closed: its stage, amount, currency and customer no longer change. */
	CRM_OPPORTUNITY_CLOSED: 'conflict',
	/** The stage asks for a next step and its due day. */
	CRM_NEXT_STEP_REQUIRED: 'invalid',
	/** A lost opportunity needs a lost reason. */
	CRM_LOST_REASON_REQUIRED: 'invalid',
	/** The opportunity already has a proposal that is still open (draft, sent or accepted). */
	CRM_OPPORTUNITY_HAS_QUOTE: 'conflict',
	/** A sales plan breaks a rule (period, rep or team, figure, product group); details.field names the field. */
	CRM_SALES_TARGET_INVALID: 'invalid',
	/** A related product (S6.10) links a product to itself; details.field names the field. */
	CRM_PRODUCT_RELATION_INVALID: 'invalid',
	/** A commission plan breaks a rule (rates, tier order, tiers without a target, cap); details.field names the field. */
	CRM_COMMISSION_PLAN_INVALID: 'invalid',
	/** A commission statement's period, currency or one of its credits is malformed or outside the period; details.field names the field. */
	CRM_COMMISSION_STATEMENT_INVALID: 'invalid',
	/** Reps' shares of a document are malformed or do not add up to 10000 bp; details.field names the field. */
	CRM_COMMISSION_SPLIT_INVALID: 'invalid',
	/** The commission statement of this rep and period is approved: it is locked for payroll, and a correction is a clawback on a later period's statement. */
	CRM_COMMISSION_STATEMENT_LOCKED: 'conflict',
	/** The rep has no active commission plan of their own or of their team, so there is nothing to compute a statement by. */
	CRM_COMMISSION_PLAN_MISSING: 'conflict',
	/** The forecast's month is over (or its snapshot already scored): a past month is scored against its actual revenue, not forecast or adjusted. */
	CRM_FORECAST_PERIOD_CLOSED: 'conflict',
	/** A manager's adjustment of a forecast needs a reason. */
	CRM_FORECAST_ADJUSTMENT_REASON_REQUIRED: 'invalid',
	/** Only a sales manager may adjust a forecast. */
	CRM_FORECAST_ADJUSTMENT_FORBIDDEN: 'forbidden',
	/** A reorder or churn-risk follow-up is made by the CRM: its kind, customer and key do not change, and clients create only tasks of kind "other". */
	CRM_SALES_TASK_GENERATED: 'conflict',
	/** Customers go to an active rep only (S6.2): the rep named has left or is inactive. */
	CRM_ASSIGNMENT_REP_INACTIVE: 'conflict',
	/** A reassignment of customers needs a reason: the assignment history keeps it. */
	CRM_ASSIGNMENT_REASON_REQUIRED: 'invalid',
	/** An assignment rule breaks a rule (a rep or a team as its target, not both); details.field names the field. */
	CRM_ASSIGNMENT_RULE_INVALID: 'invalid',
	/** Coordinates are out of range, not a whole number of millionths of a degree, or only one of latitude and longitude is given; details.field names the field. */
	CRM_COORDINATES_INVALID: 'invalid',
	/** A visit plan or stop breaks a rule (a second plan for the rep and day, a customer twice, a malformed day or time); details.field names the field. */
	CRM_VISIT_PLAN_INVALID: 'invalid',
	/** A rep plans visits only for themselves and to their own customers; a manager for the reps of their teams. */
	CRM_VISIT_PLAN_FORBIDDEN: 'forbidden',
	/** An activity target is malformed (neither or both of rep and team, negative counts, dates); details.field names the field. */
	CRM_ACTIVITY_TARGET_INVALID: 'invalid',
	/** Activity targets are set by administrators and by the managers of the team (or the rep's team). */
	CRM_ACTIVITY_TARGET_FORBIDDEN: 'forbidden',
	/** A manager names a rep or team they do not manage (or no one: the company) on a sales plan or commission plan; details.field names the field. */
	CRM_PLAN_SCOPE_NOT_MANAGED: 'forbidden',
} as const satisfies Record<string, CrmErrorKind>;

export type CrmErrorCode = keyof typeof CRM_ERROR_KIND;

export function errorKindOf(code: CrmErrorCode): CrmErrorKind {
	return CRM_ERROR_KIND[code];
}
