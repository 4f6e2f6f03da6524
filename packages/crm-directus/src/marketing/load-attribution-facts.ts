import { type AttributionFacts, type AttributionQuery, addDays, type FactTouch, orderReturnInBase, type OrderCost, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { findRateToBase } from '../find-rate-to-base.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { queryAll } from '../query-all.ts';

type Row = Record<string, unknown>;
export const instant = (value: unknown): Date => (value instanceof Date ? value : new Date(typeof value === 'string' && !/^\d+$/.test(value) ? value : Number(value)));

/** Touches that may have led to an order in the period: every kind but unsubscribes, from the window before its first day. */
export function touchesQuery(knex: Knex, q: AttributionQuery) {
	return knex('crm_campaign_touches as t')
		.join('crm_campaigns as c', 'c.id', 't.campaign')
		.where('t.kind', '<>', 'unsubscribed')
		.where('t.occurred_at', '>=', new Date(`${addDays(q.from, -q.windowDays)}T00:00:00.000Z`))
		.where('t.occurred_at', '<', new Date(`${addDays(q.to, 1)}T00:00:00.000Z`));
}

/** The moment of an order: when it was entered, if that was on its order day; else the end of its order day. */
function orderInstant(orderDay: string, created: unknown): string {
	const at = created === null || created === undefined ? null : instant(created).toISOString();
	return at && at.slice(0, 10) === orderDay ? at : `${orderDay}T23:59:59.999Z`;
}

/** The orders that count in the period, of customers with touches that may have led to them. */
function ordersQuery(knex: Knex, q: AttributionQuery) {
	const touched = touchesQuery(knex, q).distinct('t.customer');
	return knex('crm_orders').whereNotIn('status', UNCOUNTED_ORDER_STATUSES).whereIn('customer', touched).where('order_date', '>=', dayForDriver(knex, q.from)).where('order_date', '<=', dayForDriver(knex, q.to));
}

/** The order's day and entry: on PostgreSQL as text and epoch milliseconds, which are cheaper to read than Dates by the hundred thousand. */
function orderMoments(knex: Knex) {
	if (knex.client.config.client !== 'pg') return ['order_date', 'date_created'];
	return [knex.raw("to_char(order_date, 'YYYY-MM-DD') as order_date"), knex.raw('(EXTRACT(EPOCH FROM date_created) * 1000)::float8 as date_created')];
}

/** The products' cost of those orders' lines, per order and product currency, summed by the database. */
async function loadCosts(knex: Knex, orders: Knex.QueryBuilder): Promise<Map<string, OrderCost[]>> {
	const rows: Row[] = await knex('crm_order_lines as l').join('crm_products as p', 'p.id', 'l.product').whereIn('l.order', orders.clone().clearSelect().select('id')).whereNotNull('p.cost_price').groupBy('l.order', 'p.currency').select('l.order', 'p.currency', knex.raw('SUM(p.cost_price * l.quantity_milli) as cost'));
	const costs = new Map<string, OrderCost[]>();
	for (const r of rows) costs.set(String(r['order']), [...(costs.get(String(r['order'])) ?? []), { currency: String(r['currency']), costTimesMilli: BigInt(String(r['cost']).split('.')[0]!) }]);
	return costs;
}

/** Orders with their revenue and margin in the base currency; `orders` selects them (and any other columns `extra` reads). */
export async function loadOrderReturns<T>(knex: Knex, orders: Knex.QueryBuilder, base: string, extra: (row: Row) => T): Promise<(AttributionFacts['orders'][number] & T)[]> {
	const rows: Row[] = await orders.clone().select('id', 'customer', ...orderMoments(knex), 'currency', 'net_total', 'gross_total', 'gross_total_base');
	const costs = await loadCosts(knex, orders);
	const rates = new Map<string, string | null>();
	const out: (AttributionFacts['orders'][number] & T)[] = [];
	for (const r of rows) {
		const day = toDay(r['order_date'])!;
		for (const c of costs.get(String(r['id'])) ?? []) if (!rates.has(`${c.currency}|${day}`)) rates.set(`${c.currency}|${day}`, await findRateToBase(knex, c.currency, day, base));
		const amounts = { currency: String(r['currency']), netTotal: Number(r['net_total'] ?? 0), grossTotal: Number(r['gross_total'] ?? 0), grossTotalBase: r['gross_total_base'] === null ? null : Number(r['gross_total_base']) };
		const { revenue, margin } = orderReturnInBase(amounts, costs.get(String(r['id'])) ?? [], base, (currency) => rates.get(`${currency}|${day}`) ?? null);
		out.push({ id: String(r['id']), customer: String(r['customer']), at: orderInstant(day, r['date_created']), revenue, margin, ...extra(r) });
	}
	return out;
}

/** The touch's instant in epoch milliseconds, from PostgreSQL itself: a million timestamps parsed into Dates cost more than the query. */
function touchMs(knex: Knex) {
	return knex.client.config.client === 'pg' ? knex.raw('(EXTRACT(EPOCH FROM t.occurred_at) * 1000)::float8 as at_ms') : 't.occurred_at as at_ms';
}

/** The touches that may have led to the period's orders, with their customer, channel and instant in epoch milliseconds. */
export async function loadFactTouches(knex: Knex, q: AttributionQuery): Promise<FactTouch[]> {
	// Rows as arrays where the driver can (PostgreSQL): a million rows need no million keyed objects.
	const rows: (unknown[] | Row)[] = await touchesQuery(knex, q).select('t.id', 't.campaign', 't.customer', 'c.channel', touchMs(knex)).options({ rowMode: 'array' });
	const keys = ['id', 'campaign', 'customer', 'channel', 'at_ms'];
	return rows.map((r) => {
		const [id, campaign, customer, channel, at] = Array.isArray(r) ? r : keys.map((k) => r[k]);
		return { id: String(id), campaign: String(campaign), customer: String(customer), channel: String(channel ?? 'none'), atMs: typeof at === 'number' ? at : instant(at).getTime() };
	});
}

/** What attributing the period's orders to campaigns needs (M4): orders of touched customers, their touches, every campaign's spend and channel. */
export async function loadAttributionFacts(knex: Knex, q: AttributionQuery, base: string): Promise<AttributionFacts> {
	const [orders, touches, campaigns, spend] = await queryAll(knex, [
		() => loadOrderReturns(knex, ordersQuery(knex, q), base, () => ({})),
		() => loadFactTouches(knex, q),
		() => knex('crm_campaigns').select('id', 'channel') as Promise<Row[]>,
		() => knex('crm_campaign_spend').select('campaign').sum({ total: 'amount_base' }).groupBy('campaign') as Promise<Row[]>,
	]);
	return {
		orders,
		touches,
		spendByCampaign: new Map(spend.map((s) => [String(s['campaign']), Number(s['total'] ?? 0)])),
		channelOf: new Map(campaigns.map((c) => [String(c['id']), String(c['channel'] ?? 'none')])),
	};
}
