import { type CreditNoteFacts, type ProfitabilityPeriod, type ProfitSalesFacts, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { queryAll } from '../query-all.ts';
import { atOwnRate, byCustomer, narrowed, type ProfitScope, whole } from './profit-sql.ts';

type Row = Record<string, unknown>;

/** The orders that count, dated in the period. */
function countedOrders(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Knex.QueryBuilder {
	const q = knex('crm_orders as o').whereNotIn('o.status', UNCOUNTED_ORDER_STATUSES).where('o.order_date', '>=', dayForDriver(knex, period.from)).where('o.order_date', '<=', dayForDriver(knex, period.to));
	return narrowed(q, 'o.customer', scope);
}

/**
 * Per customer: orders, net revenue (the order's net_total_base; an order not yet given one converts at its
 * own rate as the pricing hook would), the discounts of its pricing record (discount_total at the order's
 * rate, truncated per order) and the goods' cost (cost_total_base).
 */
function ordersQuery(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope, base: string): Promise<Row[]> {
	const net = `COALESCE(o.net_total_base, CASE WHEN o.currency = ? THEN o.net_total ELSE ${atOwnRate(knex, 'o.net_total', 'o')} END)`;
	const discount = `CASE WHEN o.currency = ? THEN COALESCE(o.discount_total, 0) ELSE ${atOwnRate(knex, 'COALESCE(o.discount_total, 0)', 'o')} END`;
	return countedOrders(knex, period, scope)
		.groupBy('o.customer')
		.select('o.customer', knex.raw('COUNT(*) as orders'), knex.raw(`SUM(${net}) as net`, [base]), knex.raw(`SUM(${discount}) as discounts`, [base]), knex.raw('SUM(COALESCE(o.cost_total_base, 0)) as cost'));
}

/** Per customer: lines of those orders whose product had no cost when they were priced. */
function uncostedQuery(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Row[]> {
	return countedOrders(knex, period, scope).join('crm_order_lines as l', 'l.order', 'o.id').whereNull('l.cost_base').groupBy('o.customer').select('o.customer', knex.raw('COUNT(*) as lines'));
}

/** Per customer: credit notes issued in the period, net of VAT, at each one's own rate. */
function creditNotesQuery(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope, base: string): Promise<Row[]> {
	const q = knex('crm_invoices as i').where('i.kind', 'credit_note').where('i.issue_date', '>=', dayForDriver(knex, period.from)).where('i.issue_date', '<=', dayForDriver(knex, period.to));
	const net = `CASE WHEN i.currency = ? THEN i.net_total ELSE ${atOwnRate(knex, 'i.net_total', 'i')} END`;
	return narrowed(q, 'i.customer', scope).groupBy('i.customer').select('i.customer', knex.raw('COUNT(*) as notes'), knex.raw(`SUM(${net}) as net`, [base]));
}

export interface SalesSide {
	sales: Map<string, ProfitSalesFacts>;
	creditNotes: Map<string, CreditNoteFacts>;
}

/** Revenue, discounts, cost of goods and credit notes of every customer in scope: three queries, each one GROUP BY customer. */
export async function loadSalesFacts(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope, base: string): Promise<SalesSide> {
	const [orders, uncosted, notes] = await queryAll(knex, [() => ordersQuery(knex, period, scope, base), () => uncostedQuery(knex, period, scope), () => creditNotesQuery(knex, period, scope, base)]);
	const missing = byCustomer(uncosted, scope, (r) => whole(r['lines']));
	const sales = byCustomer(orders, scope, (r): ProfitSalesFacts => ({ orders: whole(r['orders']), netRevenue: whole(r['net']), discounts: whole(r['discounts']), costOfGoods: whole(r['cost']), linesWithoutCost: missing.get(String(r['customer'])) ?? 0 }));
	return { sales, creditNotes: byCustomer(notes, scope, (r) => ({ count: whole(r['notes']), net: whole(r['net']) })) };
}
