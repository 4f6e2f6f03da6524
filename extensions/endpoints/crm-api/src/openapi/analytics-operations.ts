import { DOCUMENTS_QUERY_PARAMETERS, type JsonSchema, MOVERS_QUERY_PARAMETERS, SALES_DIMENSIONS, SALES_FILTERS, SALES_QUERY_PARAMETERS, SALES_SCOPE_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, currency, day, id, integer, listOf, nullableDay, objectWith, oneOf } from './answer-schemas.ts';

const tag = 'Sales analytics';
const minor: JsonSchema = { type: 'integer', description: 'Minor units of the base currency.' };
const nullableMinor: JsonSchema = { type: ['integer', 'null'], description: 'Minor units of the base currency; null when there is nothing to divide by.' };
const bp: JsonSchema = { type: ['integer', 'null'], description: 'Basis points (1250 = 12.5 %); null when there is nothing to divide by.' };
const nullableText: JsonSchema = { type: ['string', 'null'] };
const PERIOD = objectWith({ from: day, to: day });

const FIGURES = { revenue: minor, cost: minor, margin: minor, margin_bp: bp, orders: integer, customers: integer, avg_order: nullableMinor };
const CHANGE = objectWith({ revenue: minor, margin: minor, margin_bp: bp, orders: integer, customers: integer, avg_order: nullableMinor });
const GROWTH = objectWith({ revenue: bp, margin: bp, orders: bp, customers: bp, avg_order: bp });
const orNull = (schema: JsonSchema): JsonSchema => ({ ...schema, type: ['object', 'null'] });
const COMPARED = { ...FIGURES, previous: orNull(objectWith(FIGURES)), change: orNull(CHANGE), growth_bp: orNull(GROWTH) };

const SCOPE = {
	from: day,
	to: day,
	currency,
	compare: oneOf(['previous', 'last_year', 'none']),
	comparison: orNull(PERIOD),
	filters: { type: 'object', properties: Object.fromEntries(SALES_FILTERS.map((f) => [f, listOf(id)])) },
};

const SALES_ROW = objectWith(
	{ key: nullableText, name: { type: 'string' }, has_children: { type: 'boolean', description: 'By product group: the group has groups below it (ask again with product_group=<key>).' }, previous_month: { ...nullableText, description: "By month: the comparison period's month beside it." }, ...COMPARED },
	['key', 'name', ...Object.keys(COMPARED)],
);
const SALES = objectWith({ by: oneOf(SALES_DIMENSIONS), ...SCOPE, product_group_parent: { type: ['string', 'null'], description: 'By product group: the group whose subgroups the rows are (null: the top level).' }, totals: objectWith(COMPARED), rows: listOf(SALES_ROW) });

const PROPOSALS = objectWith({ accepted: integer, rejected: integer, expired: integer, open: integer });
const ACTIVITY = { proposals: PROPOSALS, conversion_bp: bp, activities: integer, activities_per_order_milli: { type: ['integer', 'null'], description: 'Activities per order won, in thousandths (2500 = 2.5).' } };
const REP_ROW = objectWith({
	rep: { ...nullableText, description: 'The sales rep (null: orders without a rep).' },
	name: { type: 'string' },
	...FIGURES,
	...ACTIVITY,
	previous: orNull(objectWith({ ...FIGURES, ...ACTIVITY })),
	change: orNull(objectWith({ revenue: minor, margin: minor, margin_bp: bp, orders: integer, customers: integer, avg_order: nullableMinor, conversion_bp: bp, activities: integer })),
	growth_bp: orNull(objectWith({ revenue: bp, margin: bp, orders: bp, customers: bp, avg_order: bp, activities: bp })),
});

const MOVER = objectWith({ key: id, name: { type: 'string' }, revenue: minor, previous_revenue: minor, change: minor, growth_bp: bp, margin: minor, previous_margin: minor, orders: integer, previous_orders: integer });
const NAMED = objectWith({ id, name: { type: 'string' } });
const DOCUMENT = objectWith({ id, number: nullableText, order_date: nullableDay, status: { type: 'string' }, customer: NAMED, rep: orNull(NAMED), currency: nullableText, net_total: { type: ['integer', 'null'], description: "The order's net total in its own currency, minor units." }, net_base: minor, cost_base: minor, margin_base: minor });
const DOCUMENTS_META = objectWith({ page: integer, limit: integer, total: integer, has_more: { type: 'boolean' }, ...SCOPE, totals: objectWith(FIGURES) });

const HOW = 'Orders that count (neither drafts nor cancelled) by their order day, in the base currency at each order\'s own rate (`net_total_base`, `cost_total_base`; by product, the lines\' shares). Summed by the database, over what the caller\'s policy lets them read: the policy is part of the query. Credit notes do not reduce these figures (they are booked sales; see profitability for revenue net of credit notes).';

export const ANALYTICS_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: '/analytics/sales', tag, summary: 'Sales by dimension', description: `S1, A1–A3: revenue, cost, margin (and its share), orders, customers and the average order per sales rep, customer, customer group (a customer in several counts in each), product, product group (one level of the tree, each group with the groups below it), sales channel, region or month, beside the comparison period's, with the change and growth. ${HOW}`, query: SALES_QUERY_PARAMETERS, status: 200, answer: answerOf(SALES, objectWith({ rows: integer, limit: integer })), files: ['csv'], errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
	{ method: 'get', path: '/analytics/reps', tag, summary: 'Rep leaderboard', description: `S1: per sales rep, revenue, margin, orders, customers and the average order of the orders they own; the proposals they issued in the period by outcome and the conversion (accepted ÷ accepted, rejected and expired); the activities they logged (not the CRM's system entries) and activities per order won; each beside the comparison period. Product filters narrow the orders only. ${HOW}`, query: SALES_SCOPE_PARAMETERS, status: 200, answer: answerOf(objectWith({ ...SCOPE, rows: listOf(REP_ROW) })), files: ['csv'], errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
	{ method: 'get', path: '/analytics/movers', tag, summary: 'Top movers', description: `A1–A3: the customers or products whose revenue rose most (gains) and fell most (losses) against the comparison period. ${HOW}`, query: MOVERS_QUERY_PARAMETERS, status: 200, answer: answerOf(objectWith({ by: oneOf(['customer', 'product']), ...SCOPE, gains: listOf(MOVER), losses: listOf(MOVER) })), files: ['csv'], errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
	{ method: 'get', path: '/analytics/documents', tag, summary: 'Orders behind a figure', description: `Drill-down: the orders a figure of /analytics/sales is made of (same period and filters), newest first, with number, day, customer and rep by name, the order's own net total, and its net, cost and margin in the base currency (with a product filter: the share of those products). ${HOW}`, query: DOCUMENTS_QUERY_PARAMETERS, status: 200, answer: answerOf(listOf(DOCUMENT), DOCUMENTS_META), files: ['csv'], errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
];
