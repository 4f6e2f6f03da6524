import { type ClassificationFacts, classificationWindow, type ClassRule, type CustomerClasses, type CustomerSalesFacts, monthOfWindow, parseClassificationSettings, parseClassRule, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { loadOrderReturns } from '../marketing/load-attribution-facts.ts';
import { queryAll } from '../query-all.ts';

type Row = Record<string, unknown>;
const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
const COUNTED = (knex: Knex) => knex('crm_orders').whereNotIn('status', UNCOUNTED_ORDER_STATUSES);

function classesOf(row: Row): CustomerClasses {
	return { abcRevenue: text(row['abc_revenue']) as CustomerClasses['abcRevenue'], abcMargin: text(row['abc_margin']) as CustomerClasses['abcMargin'], xyz: text(row['xyz']) as CustomerClasses['xyz'], rfm: text(row['rfm']), category: text(row['category']), status: String(row['status']), rule: text(row['class_rule']) };
}

/** The active rules, tried in their sort order by the use case. */
async function loadRules(knex: Knex): Promise<ClassRule[]> {
	const rows: Row[] = await knex('crm_classification_rules').where('active', true).select('*');
	return rows.map((row) => parseClassRule(row));
}

/** First and last order that counts, ever, per customer. */
async function loadOrderSpans(knex: Knex): Promise<Map<string, { first: string | null; last: string | null }>> {
	const rows: Row[] = await COUNTED(knex).groupBy('customer').select('customer', knex.raw('MIN(order_date) as first_day'), knex.raw('MAX(order_date) as last_day'));
	return new Map(rows.map((r) => [String(r['customer']), { first: toDay(r['first_day']), last: toDay(r['last_day']) }]));
}

/**
 * What a classification run needs (A5.4, C1): the settings and active rules, every customer's classes now,
 * and their orders' revenue and margin in the base currency over the window, per month. Orders are
 * converted one by one as attribution does (their own rate, costs at the rate of the day), then summed.
 */
export async function loadClassificationFacts(knex: Knex, today: string, base: string): Promise<ClassificationFacts> {
	const settings = parseClassificationSettings((await knex('crm_classification_settings').first()) ?? null);
	const window = classificationWindow(today, settings.windowMonths);
	const inWindow = COUNTED(knex).where('order_date', '>=', dayForDriver(knex, window.from)).where('order_date', '<=', dayForDriver(knex, window.to));
	const [rules, customers, spans, orders] = await queryAll(knex, [
		() => loadRules(knex),
		() => knex('crm_customers').select('id', 'status', 'category', 'abc_revenue', 'abc_margin', 'xyz', 'rfm', 'class_rule') as Promise<Row[]>,
		() => loadOrderSpans(knex),
		() => loadOrderReturns(knex, inWindow, base, (r) => ({ day: toDay(r['order_date'])! })),
	]);
	const sales = new Map<string, CustomerSalesFacts>();
	for (const row of customers) {
		const id = String(row['id']);
		const span = spans.get(id);
		sales.set(id, { customer: id, current: classesOf(row), revenue: 0, margin: 0, orders: 0, monthly: Array.from({ length: window.months }, () => 0), firstOrderDay: span?.first ?? null, lastOrderDay: span?.last ?? null });
	}
	for (const order of orders) {
		const facts = sales.get(order.customer);
		const month = monthOfWindow(window, order.day);
		if (!facts || month === null) continue;
		facts.revenue += order.revenue;
		facts.margin += order.margin;
		facts.orders += 1;
		facts.monthly[month]! += order.revenue;
	}
	return { today, settings, rules, customers: [...sales.values()] };
}
