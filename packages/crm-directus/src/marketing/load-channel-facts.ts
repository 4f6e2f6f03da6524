import { type AttributionQuery, addDays, type ChannelFacts, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { instant, loadFactTouches, loadOrderReturns } from './load-attribution-facts.ts';

type Row = Record<string, unknown>;
const COUNTED = (knex: Knex) => knex('crm_orders').whereNotIn('status', UNCOUNTED_ORDER_STATUSES);

/** Members whose first touch (unsubscribes aside) lies in the period, with their customer and channel. */
async function loadMembers(knex: Knex, q: AttributionQuery): Promise<ChannelFacts['members']> {
	const rows: Row[] = await knex('crm_campaign_touches as t')
		.join('crm_campaigns as c', 'c.id', 't.campaign')
		.where('t.kind', '<>', 'unsubscribed')
		.groupBy('t.member', 't.customer', 'c.channel')
		.havingRaw('MIN(t.occurred_at) >= ? AND MIN(t.occurred_at) < ?', [new Date(`${q.from}T00:00:00.000Z`), new Date(`${addDays(q.to, 1)}T00:00:00.000Z`)])
		.select('t.customer', 'c.channel', knex.raw('MIN(t.occurred_at) as first_touch'));
	return rows.map((r) => ({ customer: String(r['customer']), channel: String(r['channel'] ?? 'none'), firstTouchMs: instant(r['first_touch']).getTime() }));
}

/** Each ordering customer's sales channel and the day of their first order that counts, ever. */
async function loadCustomerFacts(knex: Knex, customers: Knex.QueryBuilder) {
	const channels: Row[] = await knex('crm_customers').whereIn('id', customers).select('id', 'sales_channel');
	const firsts: Row[] = await COUNTED(knex).whereIn('customer', customers).groupBy('customer').select('customer', knex.raw('MIN(order_date) as first_day'));
	return {
		channelOf: new Map(channels.map((c) => [String(c['id']), c['sales_channel'] === null ? null : String(c['sales_channel'])])),
		firstDayOf: new Map(firsts.map((f) => [String(f['customer']), toDay(f['first_day'])])),
	};
}

/** What the channel analysis of one period needs (M5, A4): every order that counts, touches, members, spend booked in it. */
export async function loadChannelFacts(knex: Knex, q: AttributionQuery, base: string): Promise<ChannelFacts> {
	const orders = COUNTED(knex).where('order_date', '>=', dayForDriver(knex, q.from)).where('order_date', '<=', dayForDriver(knex, q.to));
	const customers = orders.clone().distinct('customer');
	const returns = await loadOrderReturns(knex, orders, base, (r) => ({ day: toDay(r['order_date'])! }));
	const { channelOf: salesChannelOf, firstDayOf } = await loadCustomerFacts(knex, customers);
	const campaigns: Row[] = await knex('crm_campaigns').select('id', 'channel');
	const spend: Row[] = await knex('crm_campaign_spend').where('spent_on', '>=', dayForDriver(knex, q.from)).where('spent_on', '<=', dayForDriver(knex, q.to)).groupBy('campaign').select('campaign').sum({ total: 'amount_base' });
	return {
		orders: returns.map(({ day, ...o }) => ({ ...o, salesChannel: salesChannelOf.get(o.customer) ?? null, firstOrder: firstDayOf.get(o.customer) === day })),
		touches: await loadFactTouches(knex, q),
		members: await loadMembers(knex, q),
		spendByCampaign: new Map(spend.map((s) => [String(s['campaign']), Number(s['total'] ?? 0)])),
		channelOf: new Map(campaigns.map((c) => [String(c['id']), String(c['channel'] ?? 'none')])),
	};
}
