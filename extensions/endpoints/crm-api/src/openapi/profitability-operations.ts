import { COST_LINE_KEYS, CUSTOMER_PROFITABILITY_QUERY_PARAMETERS, type JsonSchema, PNL_LINE_KEYS, PROFITABILITY_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, currency, day, id, integer, listOf, objectWith, oneOf } from './answer-schemas.ts';

/*
 * What the customer profitability routes answer (A5.3, C2, A5.13). Money is whole minor units of the base
 * currency (`currency`); in `totals` costs are positive amounts, on `lines` each line is signed by its effect
 * on the profit. Shares are basis points (100 = 1 %).
 */

const text: JsonSchema = { type: 'string' };
const nullableInteger: JsonSchema = { type: ['integer', 'null'] };
const customer = objectWith({ id, name: text });
const TOTALS = objectWith(Object.fromEntries(['revenue_at_list', 'discounts', 'net_revenue', 'credit_notes', 'revenue', 'cost_of_goods', 'gross_margin', 'service', 'logistics', 'cost_to_serve', 'marketing', 'payment_delay', 'profit'].map((k) => [k, integer])));
const LINE = objectWith({ key: oneOf(PNL_LINE_KEYS), label: text, amount: integer, explanation: text });
const DRIVER = { ...objectWith({ key: oneOf(COST_LINE_KEYS), label: text, amount: integer, share_bp: nullableInteger, norm_bp: nullableInteger, excess: integer, explanation: text }), type: ['object', 'null'] };
const ROW = objectWith({ rank: integer, customer, totals: TOTALS, margin_bp: nullableInteger, main_driver: DRIVER });
const POINT = objectWith({ rank: integer, customers_bp: integer, profit: integer });

const CUSTOMER_PNL = objectWith({ customer, currency, from: day, to: day, lines: listOf(LINE), totals: TOTALS, margin_bp: nullableInteger });

const PORTFOLIO = objectWith({
	currency,
	from: day,
	to: day,
	customers: integer,
	totals: TOTALS,
	margin_bp: nullableInteger,
	whale_curve: objectWith({ customers: integer, points: listOf(POINT), peak: objectWith({ rank: integer, customers_bp: integer, profit: integer, of_total_bp: nullableInteger }), total_profit: integer, profitable: integer, unprofitable: integer, loss: integer }),
	drivers: objectWith({ unprofitable: integer, loss: integer, by_line: listOf(objectWith({ key: oneOf(COST_LINE_KEYS), label: text, customers: integer, loss: integer, excess: integer, norm_bp: nullableInteger })) }),
	top: listOf(ROW),
	bottom: listOf(ROW),
});

const tag = 'Customer intelligence';
const WHO = 'For whoever may read the cost on order lines and the customer ledger (administrators, the accountant, sales managers and reps, over the customers they may read); the minutes and campaign spend behind the service and marketing lines are explained only to those who may read time sheets and campaign spend.';

export const PROFITABILITY_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'get',
		path: '/customers/:id/profitability',
		tag,
		summary: "A customer's P&L",
		description: `The customer's P&L over the period in the base currency, every line explained: revenue at list prices (the orders that count, dated in the period) − discounts given (their pricing records) − credit notes issued in the period − cost of goods (as priced) − service (time at cost and expenses, as GET /crm/service/costs) − logistics (each shipment at the most specific logistics cost) − marketing (a share of the spend of the campaigns that addressed the customer) − cost of payment delay (money owed past due, day by day, at the annual rate of the profitability settings) = profit. ${WHO}`,
		pathId: 'The customer.',
		query: CUSTOMER_PROFITABILITY_QUERY_PARAMETERS,
		status: 200,
		answer: answerOf(CUSTOMER_PNL),
		errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'],
	},
	{
		method: 'get',
		path: '/profitability',
		tag,
		summary: 'Customer profitability: P&L table, whale curve, drivers of loss',
		description: `Every customer the caller may read who has anything in the period, ranked by profit: the totals of each P&L line, the whale curve (cumulative profit by customers ranked most profitable first, its peak and where it ends), what drives the losses of the unprofitable customers (the cost line furthest above its share of revenue across all of them) and the most and least profitable customers; format=csv lists every customer. Summed in the database, one query per line over all customers. ${WHO}`,
		query: PROFITABILITY_QUERY_PARAMETERS,
		status: 200,
		answer: answerOf(PORTFOLIO),
		files: ['csv'],
		errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'],
	},
];
