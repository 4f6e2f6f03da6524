import { type CampaignOffer, UNCOUNTED_ORDER_STATUSES, type OfferedMember, type ProductCost, type PurchasedLine, usualBasketSince } from '@crm/core';
import type { Knex } from 'knex';
import { findRateToBase } from '../find-rate-to-base.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { queryAll } from '../query-all.ts';

type Row = Record<string, unknown>;
const text = (value: unknown) => String(value);

/** The campaign's special offers (by code), each with the products its rules name and its promo codes. */
export async function loadCampaignOffers(knex: Knex, campaign: string): Promise<CampaignOffer[]> {
	const offers: Row[] = await knex('crm_special_offers').select('id', 'code', 'name').where('campaign', campaign).orderBy('code');
	if (offers.length === 0) return [];
	const ids = offers.map((o) => text(o['id']));
	const [targets, codes] = await queryAll(knex, [
		() => knex('crm_discount_rules_products as j').join('crm_discount_rules as r', 'r.id', 'j.crm_discount_rules_id').whereIn('r.offer', ids).select('r.offer', 'j.crm_products_id as product') as Promise<Row[]>,
		() => knex('crm_promo_codes').whereIn('offer', ids).select('offer', 'code').orderBy('code') as Promise<Row[]>,
	]);
	return offers.map((o) => ({
		id: text(o['id']),
		code: text(o['code']),
		name: text(o['name']),
		targetProductIds: [...new Set(targets.filter((t) => t['offer'] === o['id'] && t['product']).map((t) => text(t['product'])))],
		codes: codes.filter((c) => c['offer'] === o['id']).map((c) => text(c['code'])),
	}));
}

/** The campaign's members (id order) and their customers' currencies. */
export async function loadOfferedMembers(knex: Knex, campaign: string): Promise<{ members: OfferedMember[]; currencyOf: Map<string, string | null> }> {
	const rows: Row[] = await knex('crm_campaign_members as m').join('crm_customers as c', 'c.id', 'm.customer').where('m.campaign', campaign).select('m.id', 'm.customer', 'c.currency').orderBy('m.id');
	return { members: rows.map((r) => ({ id: text(r['id']), customer: text(r['customer']) })), currencyOf: new Map(rows.map((r) => [text(r['customer']), (r['currency'] as string | null) || null])) };
}

/** The order lines that may make the members' customers' usual baskets: purchases of the last year, by customer. */
export async function loadPurchasedLines(knex: Knex, campaign: string, today: string): Promise<Map<string, PurchasedLine[]>> {
	const customers = knex('crm_campaign_members').distinct('customer').where('campaign', campaign);
	const rows: Row[] = await knex('crm_order_lines as l')
		.join('crm_orders as o', 'o.id', 'l.order')
		.whereIn('o.customer', customers)
		.whereNotIn('o.status', UNCOUNTED_ORDER_STATUSES)
		.where('o.order_date', '>=', dayForDriver(knex, usualBasketSince(today)))
		.where('o.order_date', '<=', dayForDriver(knex, today))
		.select('o.id as order_id', 'o.customer', 'o.order_date', 'o.status', 'o.currency', 'o.gross_total', 'o.gross_total_base', 'l.product', 'l.quantity_milli', 'l.net_amount');
	const byCustomer = new Map<string, PurchasedLine[]>();
	for (const r of rows) {
		const line: PurchasedLine = { orderId: text(r['order_id']), orderDate: toDay(r['order_date'])!, status: text(r['status']), productId: text(r['product']), quantityMilli: Number(r['quantity_milli'] ?? 0), netAmount: Number(r['net_amount'] ?? 0), currency: text(r['currency']), grossTotal: Number(r['gross_total'] ?? 0), grossTotalBase: r['gross_total_base'] === null ? null : Number(r['gross_total_base']) };
		const lines = byCustomer.get(text(r['customer'])) ?? [];
		lines.push(line);
		byCustomer.set(text(r['customer']), lines);
	}
	return byCustomer;
}

/** Products' unit costs in their own currencies (none given: the base, as pricing takes it). */
export async function loadProductCosts(knex: Knex, productIds: readonly string[], base: string): Promise<Map<string, ProductCost>> {
	const rows: Row[] = productIds.length === 0 ? [] : await knex('crm_products').select('id', 'cost_price', 'currency').whereIn('id', [...productIds]);
	return new Map(rows.map((r) => [text(r['id']), { currency: (r['currency'] as string | null) || base, unitCost: r['cost_price'] === null || r['cost_price'] === undefined ? null : Number(r['cost_price']) }]));
}

/** Today's rate to the base of each currency (one read per currency). */
export async function loadRatesToBase(knex: Knex, currencies: Iterable<string>, today: string, base: string): Promise<Map<string, string | null>> {
	const rates = new Map<string, string | null>();
	for (const c of currencies) if (!rates.has(c)) rates.set(c, await findRateToBase(knex, c, today, base));
	return rates;
}
