import { type JsonSchema, OPEN_ORDER_STATUSES, OPEN_QUOTE_STATUSES } from '@crm/core';
import { currency, day, id, integer, listOf, nullableDay, nullableId, objectWith, oneOf, textOrNull } from './answer-schemas.ts';

/*
 * What GET /crm/customers/:id/overview answers (A5.2). Only `customer`, `base_currency` and `as_of` are
 * always there: every other block is left out when the caller's policy does not let them read it. Money is
 * whole minor units (of the row's `currency`, or of `base_currency` where the name says base or the block is
 * in base); quantities are thousandths of a unit.
 */

const ref: JsonSchema = { type: ['object', 'null'], properties: { id, name: textOrNull }, required: ['id', 'name'] };
const nullableInteger: JsonSchema = { type: ['integer', 'null'] };
const nullableInstant: JsonSchema = { type: ['string', 'null'], format: 'date-time' };
const nullableCurrency: JsonSchema = { type: ['string', 'null'], pattern: '^[A-Z]{3}$' };
const inCurrency = listOf(objectWith({ currency, balance: integer }));

const customer = objectWith({ id, name: textOrNull, kind: textOrNull, status: textOrNull, category: textOrNull, owner: ref, region: ref, currency: nullableCurrency, payment_terms_days: nullableInteger, credit_limit: nullableInteger }, ['id', 'name']);

const documentsOf = (statuses: readonly string[], extra: Record<string, JsonSchema> = {}) =>
	objectWith({ count: integer, items: listOf(objectWith({ id, number: textOrNull, status: oneOf(statuses), date: nullableDay, ...extra, currency: nullableCurrency, net_total: nullableInteger, gross_total: nullableInteger })) });

const product = objectWith({ id, sku: textOrNull, name: textOrNull });
const sales = objectWith(
	{
		currency,
		from: day,
		to: day,
		total: integer,
		orders: integer,
		unconverted_orders: integer,
		months: listOf(objectWith({ month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, revenue: integer, orders: integer })),
		by_product_group: listOf(objectWith({ group: ref, revenue: integer })),
		top_products: listOf(objectWith({ product, group: ref, revenue: integer })),
	},
	['currency', 'from', 'to', 'total', 'orders', 'unconverted_orders', 'months'],
);

const balance = objectWith({ currency, balance: integer, by_currency: inCurrency, open_items: integer, overdue: integer, overdue_by_currency: inCurrency, overdue_items: integer, oldest_days_overdue: nullableInteger, next_due_date: nullableDay });

const payment = objectWith({ id, number: textOrNull, status: textOrNull, received_on: nullableDay, amount: integer, currency: nullableCurrency, method: textOrNull, reference: textOrNull, unallocated_amount: nullableInteger });

const sla = objectWith({ state: textOrNull, target: { type: ['string', 'null'], enum: ['response', 'resolution', null] }, due_at: nullableInstant, minutes_left: nullableInteger });
const service = objectWith(
	{
		contracts: listOf(objectWith({ id, code: textOrNull, level: textOrNull, valid_from: nullableDay, valid_to: nullableDay })),
		open_requests: listOf(objectWith({ id, number: textOrNull, subject: textOrNull, status: { type: 'string' }, priority: textOrNull, created_at: nullableInstant, sla })),
	},
	[],
);

const campaign = { type: ['object', 'null'], properties: { id, code: textOrNull, name: textOrNull, channel: textOrNull, status: textOrNull }, required: ['id', 'code', 'name'] };
const membership = objectWith({ id, campaign, contact: ref, send_state: textOrNull, last_touch: textOrNull, last_touch_at: nullableInstant, touches: integer }, ['id', 'campaign', 'contact', 'send_state', 'last_touch', 'last_touch_at']);

const classSides: JsonSchema = { type: 'object', additionalProperties: { type: ['string', 'null'] } };
const classes = objectWith(
	{
		abc_revenue: textOrNull,
		abc_margin: textOrNull,
		xyz: textOrNull,
		rfm: textOrNull,
		revenue_base: nullableInteger,
		margin_base: nullableInteger,
		classified_at: nullableInstant,
		rule: ref,
		changes: listOf(objectWith({ id, changed_at: nullableInstant, run: nullableId, from: classSides, to: classSides, rule: ref, revenue_base: nullableInteger, margin_base: nullableInteger })),
	},
	['abc_revenue', 'abc_margin', 'xyz', 'rfm', 'rule'],
);

const quantities = { on_hand_milli: integer, reserved_milli: integer, available_milli: integer };
const stock = listOf(objectWith({ product, revenue: integer, ...quantities, warehouses: listOf(objectWith({ id: nullableId, code: textOrNull, ...quantities })) }));

/** The customer card's answer: each block but the customer itself is there only as far as the caller may read it. */
export const CUSTOMER_OVERVIEW = objectWith(
	{
		customer,
		base_currency: currency,
		as_of: day,
		contacts: listOf(objectWith({ id, name: textOrNull, position: textOrNull, phone: textOrNull, email: textOrNull, preferred_channel: textOrNull })),
		open_proposals: documentsOf(OPEN_QUOTE_STATUSES, { valid_until: nullableDay }),
		open_orders: documentsOf(OPEN_ORDER_STATUSES),
		sales,
		balance,
		payments: listOf(payment),
		service,
		campaigns: listOf(membership),
		classes,
		stock,
	},
	['customer', 'base_currency', 'as_of'],
);
