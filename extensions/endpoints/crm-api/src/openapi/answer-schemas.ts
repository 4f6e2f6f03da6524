import { type JsonSchema, ORDER_STATUSES, QUOTE_STATUSES } from '@crm/core';

/*
 * Schemas of what the routes answer. Rows read back through Directus list the fields the CRM relies on
 * and allow the rest (the caller's policy decides which fields they see). Directus returns bigInteger
 * and decimal columns as text on PostgreSQL and as numbers on SQLite, hence `amount`.
 */

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const id: JsonSchema = { type: 'string', pattern: UUID_PATTERN };
export const nullableId: JsonSchema = { type: ['string', 'null'], pattern: UUID_PATTERN };
export const day: JsonSchema = { type: 'string', format: 'date' };
export const nullableDay: JsonSchema = { type: ['string', 'null'], format: 'date' };
export const instant: JsonSchema = { type: 'string', format: 'date-time' };
export const integer: JsonSchema = { type: 'integer' };
/** Minor units or thousandths, as a stored column comes back (text on PostgreSQL). */
export const amount: JsonSchema = { type: ['integer', 'string'], pattern: '^-?\\d+$' };
export const nullableAmount: JsonSchema = { type: ['integer', 'string', 'null'], pattern: '^-?\\d+$' };
export const currency: JsonSchema = { type: 'string', pattern: '^[A-Z]{3}$' };
export const textOrNull: JsonSchema = { type: ['string', 'null'] };
const anyObject: JsonSchema = { type: 'object' };

export const objectWith = (properties: Record<string, JsonSchema>, required: readonly string[] = Object.keys(properties)): JsonSchema => ({ type: 'object', properties, required: [...required] });
export const listOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
export const oneOf = (choices: readonly string[]): JsonSchema => ({ type: 'string', enum: [...choices] });

/** `{ data }`, and `meta` when given. */
export const answerOf = (data: JsonSchema, meta?: JsonSchema): JsonSchema => objectWith(meta === undefined ? { data } : { data, meta });

const documentLine = (extra: Record<string, JsonSchema>) => objectWith({ id, quantity_milli: amount, ...extra }, ['id', 'quantity_milli']);

export const ORDER_ROW = objectWith(
	{
		id,
		number: textOrNull,
		status: oneOf(ORDER_STATUSES),
		customer: nullableId,
		currency: { type: ['string', 'null'] },
		net_total: nullableAmount,
		vat_total: nullableAmount,
		gross_total: nullableAmount,
		lines: listOf(documentLine({ product: nullableId, unit_price: nullableAmount, net_amount: nullableAmount, reserved_milli: nullableAmount, shipped_milli: nullableAmount, invoiced_milli: nullableAmount })),
	},
	['id', 'status', 'lines'],
);

export const QUOTE_ROW = objectWith({ id, number: textOrNull, status: oneOf(QUOTE_STATUSES), order: nullableId, lines: listOf(documentLine({ product: nullableId })) }, ['id', 'status', 'lines']);

export const SHIPMENT_ROW = objectWith({ id, number: { type: 'string' }, kind: oneOf(['waybill', 'service_act']), order: id, shipped_on: day, lines: listOf(objectWith({ id, order_line: id, quantity_milli: amount })) }, ['id', 'number', 'kind', 'order', 'lines']);

export const INVOICE_ROW = objectWith(
	{ id, number: { type: 'string' }, kind: oneOf(['invoice', 'credit_note']), status: oneOf(['issued', 'partially_paid', 'paid', 'credited']), customer: id, order: nullableId, currency, issue_date: day, due_date: nullableDay, net_total: amount, vat_total: amount, gross_total: amount, open_amount: nullableAmount, lines: listOf(objectWith({ id, quantity_milli: amount }, ['id'])) },
	['id', 'number', 'status', 'customer', 'currency', 'issue_date', 'gross_total', 'lines'],
);

export const PAYMENT_ROW = objectWith(
	{
		id,
		number: { type: 'string' },
		status: oneOf(['posted', 'reversed']),
		customer: id,
		received_on: day,
		amount,
		currency,
		method: { type: 'string' },
		unallocated_amount: amount,
		allocations: listOf(objectWith({ id, invoice: id, amount }, ['id', 'invoice', 'amount'])),
	},
	['id', 'number', 'status', 'customer', 'amount', 'currency', 'allocations'],
);

export const BALANCE = objectWith({
	customer: id,
	base_currency: currency,
	balance_base: integer,
	by_currency: listOf(objectWith({ currency, balance: integer }, ['currency', 'balance'])),
	unallocated_credit: listOf(anyObject),
	open_items: listOf(objectWith({ invoice: id, number: { type: 'string' }, issue_date: day, due_date: day, currency, gross: integer, paid: integer, open: integer, days_overdue: integer })),
});

export const AGING = objectWith({ as_of: day, base_currency: currency, rates_to_base: anyObject, by_currency: listOf(anyObject), base: anyObject, top_debtors: listOf(objectWith({ customer: id, name: textOrNull, open_base: integer, by_currency: listOf(anyObject) })) });

export const STATEMENT = objectWith({
	customer: anyObject,
	currency,
	from: day,
	to: day,
	opening_balance: integer,
	movements: listOf(objectWith({ date: day, kind: { type: 'string' }, document: { type: ['string', 'null'] }, description: { type: 'string' }, debit: integer, credit: integer, balance: integer }, ['date', 'kind', 'debit', 'credit', 'balance'])),
	total_debit: integer,
	total_credit: integer,
	closing_balance: integer,
});

export const TIMELINE_ENTRY = objectWith({ id, type: { type: 'string' }, direction: textOrNull, occurred_at: { type: 'string' }, subject: textOrNull, outcome: textOrNull }, ['id', 'type', 'occurred_at']);
export const PAGE_META = objectWith({ page: integer, limit: integer, total: integer, has_more: { type: 'boolean' } });

export const RESOLVED_PRICE = objectWith(
	{ customer: id, product: id, quantity_milli: integer, date: day, unit_price: integer, line_amount: integer, currency, formatted: objectWith({ unit_price: { type: 'string' }, line_amount: { type: 'string' } }), price_list: id, derived_from: listOf(id), item_min_quantity_milli: { type: ['integer', 'null'] }, explanation: { type: ['array', 'object', 'string'] } },
	['customer', 'product', 'quantity_milli', 'date', 'unit_price', 'line_amount', 'currency', 'price_list'],
);

export const WHAT_IF = objectWith(
	{
		customer: id,
		currency,
		date: day,
		list_total: integer,
		discount_total: integer,
		net_total: integer,
		vat_total: integer,
		gross_total: integer,
		approval_required: { type: 'boolean' },
		codes: listOf(anyObject),
		offers: listOf(anyObject),
		lines: listOf(objectWith({ product: id, quantity_milli: integer, unit_price: integer, list_amount: integer, discount_amount: integer, net_amount: integer, vat_rate_bp: integer, vat_amount: integer, gross_amount: integer, discounts: listOf(anyObject), why: { type: ['object', 'string', 'array'] } }, ['product', 'quantity_milli', 'unit_price', 'net_amount', 'gross_amount'])),
	},
	['customer', 'currency', 'date', 'net_total', 'gross_total', 'lines'],
);

export const RULES_META = objectWith({ date: day, total: integer, policy: { type: ['object', 'string', 'null'] } });

export const DISCOUNTS_GIVEN = objectWith({ currency, from: day, to: day }, ['currency', 'from', 'to']);

export const SERVICE_REQUEST = objectWith({ id, number: textOrNull, subject: { type: 'string' }, customer: id, status: { type: 'string' }, priority: textOrNull, routing: textOrNull }, ['id', 'subject', 'customer', 'status', 'routing']);

export const SUPPORT_COSTS = objectWith({ customer: id, from: day, to: day, totals: listOf(objectWith({ currency, support_cost: integer, billable_amount: integer, contract_revenue: integer, margin: integer }, ['currency'])), minutes: integer, included_minutes: integer, billable_minutes: integer, non_billable_minutes: integer, contracts: listOf(anyObject), requests: listOf(objectWith({ id, minutes: integer, cost: { type: ['integer', 'object', 'array'] } }, ['id', 'minutes'])) });

export const SLA_COMPLIANCE = objectWith({ generated_at: instant, open_by_priority: listOf(objectWith({ priority: { type: 'string' }, open: integer, breached: integer }, ['priority', 'open', 'breached'])), open_total: integer, breached_open: integer, breached_share: { type: ['number', 'null'] }, weeks: listOf(objectWith({ week: { type: 'string' }, week_start: day, team: { type: ['object', 'null'] }, resolved: integer }, ['week', 'week_start', 'resolved'])) });

export const ANY_OBJECT = anyObject;
