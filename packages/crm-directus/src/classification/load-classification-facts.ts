import { type ClassificationFacts, classificationWindow, type ClassRule, type CustomerClasses, type CustomerSalesFacts, monthOfWindow, parseClassificationSettings, parseClassRule, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
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

/** Revenue, margin and orders per customer and day in the window, summed by the database from the orders' base amounts. */
async function loadDailySales(knex: Knex, from: string, to: string): Promise<Row[]> {
	const day = knex.client.config.client === 'pg' ? knex.raw("to_char(order_date, 'YYYY-MM-DD') as day") : 'order_date as day';
	return COUNTED(knex)
		.where('order_date', '>=', dayForDriver(knex, from))
		.where('order_date', '<=', dayForDriver(knex, to))
		.groupBy('customer', 'order_date')
		.select('customer', day, knex.raw('SUM(net_total_base) as revenue'), knex.raw('SUM(net_total_base - COALESCE(cost_total_base, 0)) as margin'), knex.raw('COUNT(*) as orders'));
}

export interface LoadedClassificationFacts {
	facts: ClassificationFacts;
	/** The revenue and margin each customer shows from the last run: only those that change are written. */
	stored: Map<string, { revenue: number | null; margin: number | null }>;
}

const amountOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * What a classification run needs (A5.4, C1): the settings and active rules, every customer's classes now,
 * and their revenue and margin in the base currency over the window, per month: the orders' net and cost in
 * the base currency as they were fixed when priced (orders still without them count as nothing until the
 * hooks' schedule gives them theirs).
 */
export async function loadClassificationFacts(knex: Knex, today: string): Promise<LoadedClassificationFacts> {
	const settings = parseClassificationSettings((await knex('crm_classification_settings').first()) ?? null);
	const window = classificationWindow(today, settings.windowMonths);
	const [rules, customers, spans, daily] = await queryAll(knex, [
		() => loadRules(knex),
		() => knex('crm_customers').select('id', 'status', 'category', 'abc_revenue', 'abc_margin', 'xyz', 'rfm', 'class_rule', 'class_revenue_base', 'class_margin_base') as Promise<Row[]>,
		() => loadOrderSpans(knex),
		() => loadDailySales(knex, window.from, window.to),
	]);
	const sales = new Map<string, CustomerSalesFacts>();
	const stored = new Map<string, { revenue: number | null; margin: number | null }>();
	for (const row of customers) {
		const id = String(row['id']);
		const span = spans.get(id);
		sales.set(id, { customer: id, current: classesOf(row), revenue: 0, margin: 0, orders: 0, monthly: Array.from({ length: window.months }, () => 0), firstOrderDay: span?.first ?? null, lastOrderDay: span?.last ?? null });
		stored.set(id, { revenue: amountOrNull(row['class_revenue_base']), margin: amountOrNull(row['class_margin_base']) });
	}
	for (const row of daily) {
		const facts = sales.get(String(row['customer']));
		const month = monthOfWindow(window, toDay(row['day'])!);
		if (!facts || month === null) continue;
		facts.revenue += Number(row['revenue'] ?? 0);
		facts.margin += Number(row['margin'] ?? 0);
		facts.orders += Number(row['orders']);
		facts.monthly[month]! += Number(row['revenue'] ?? 0);
	}
	return { facts: { today, settings, rules, customers: [...sales.values()] }, stored };
}
