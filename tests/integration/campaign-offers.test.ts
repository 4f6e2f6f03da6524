import { createItem, createItems, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/*
 * A campaign with two offers on a product group: 5 % (on the group) and 10 % (on the group's drill,
 * which its rule names). Drills cost 60.00 and sell at 100.00, paint 15.00 and 20.00.
 * - A (Rita's) bought 2 drills + 1 paint, then 4 drills (a draft of 3 does not count): usual basket
 *   2 drills (lower median of 2 and 4) + 1 paint = 220.00, cost 135.00. 5 %: net 210.00, discount 10.00,
 *   margin 75.00; 10 %: net 200.00, margin 65.00 → the 5 % offer.
 * - B bought only paint: neither offer applies → none.
 * - C bought nothing: each offer on the products its rules name, one unit each. The 5 % names none; the
 *   10 % names the drill: net 90.00, discount 10.00, margin 30.00 → the 10 % offer.
 */
describe.each(inject('instances'))('best personal offers of campaign members on $name', (instance) => {
	let admin: Client;
	let token: string;
	let marketing: string;
	let campaign: Row;
	let five: Row;
	let ten: Row;
	const customers: Record<'a' | 'b' | 'c', Row> = {} as never;

	const product = async (name: string, price: number, cost: number, group: Row | null) => {
		const p = (await admin.request(createItem('crm_products', { sku: `BO-${uid()}`, name, kind: 'service', unit: 'h', list_price: price, cost_price: cost, vat_rate_bp: 1900, currency: 'EUR', group: group?.['id'] ?? null }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: p['id'], min_quantity_milli: 1000, unit_price: price }));
		return p;
	};
	const order = async (customer: Row, lines: [Row, number][], confirm = true) => {
		const created = await http(instance, token, 'POST', '/crm/orders', { customer: customer['id'], lines: lines.map(([p, q]) => ({ product: p['id'], quantity_milli: q })) });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		if (confirm) expect((await http(instance, token, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {})).status).toBe(200);
	};
	const offer = async (code: string, name: string, rule: Row) => {
		const o = (await admin.request(createItem('crm_special_offers', { code, name, campaign: campaign['id'] }))) as Row;
		const r = await http(instance, token, 'POST', '/items/crm_discount_rules', { code: `${code}-R`, name, effect_kind: 'percent', priority: 10, offer: o['id'], ...rule });
		expect(r.status, JSON.stringify(r.json)).toBe(200);
		return o;
	};
	const memberOf = async (customer: Row) => ((await admin.request(readItems('crm_campaign_members', { filter: { campaign: { _eq: campaign['id'] }, customer: { _eq: customer['id'] } }, fields: ['*'] }))) as Row[])[0]!;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		marketing = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
		const group = (await admin.request(createItem('crm_product_groups', { code: `BO-${uid()}`, name: 'Offer tools' }))) as Row;
		const drill = await product('Drill hire hour', 10_000, 6_000, group);
		const paint = await product('Painting hour', 2_000, 1_500, null);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const other = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _neq: 'rita.rep@example.com' } }, limit: 1 }))) as Row[])[0]!;
		const made = (await admin.request(createItems('crm_customers', (['a', 'b', 'c'] as const).map((k) => ({ name: `Offer ${k.toUpperCase()} ${uid()}`, currency: 'EUR', status: 'active', owner: k === 'a' ? rita['id'] : other['id'] }))))) as Row[];
		// Directus answers a batch create in its own order: find each customer by name.
		for (const k of ['a', 'b', 'c'] as const) customers[k] = made.find((c) => String(c['name']).startsWith(`Offer ${k.toUpperCase()} `))!;
		await admin.request(createItems('crm_contacts', (['a', 'b', 'c'] as const).map((k) => ({ customer: customers[k]['id'], first_name: `Buyer ${k.toUpperCase()}`, last_name: 'Offer', email: `offer-${k}.${uid().toLowerCase()}@example.test`, marketing_consent: true }))));
		await order(customers.a, [[drill, 2000], [paint, 1000]]);
		await order(customers.a, [[drill, 4000]]);
		await order(customers.a, [[drill, 3000]], false);
		await order(customers.b, [[paint, 3000]]);
		const segment = (await admin.request(createItem('crm_market_segments', { code: `BO-${uid()}`, name: 'Offer test', applies_to: 'customers' }))) as Row;
		await admin.request(createItems('crm_customers_market_segments', made.map((c) => ({ crm_customers_id: c['id'], crm_market_segments_id: segment['id'] }))));
		campaign = (await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `BO-${uid()}`, name: 'Best offers', channel: 'email', status: 'running', segments: { create: [{ crm_market_segments_id: segment['id'] }] } })).json.data as Row;
		expect((await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/members`)).json.data.added).toBe(3);
		// Made after the orders, so that the history was priced without them.
		five = await offer(`BO5-${uid()}`, 'Tools 5 %', { discount_bp: 500, product_groups: [{ crm_product_groups_id: group['id'] }] });
		ten = await offer(`BO10-${uid()}`, 'Drills 10 %', { discount_bp: 1000, products: [{ crm_products_id: drill['id'] }], product_groups: [{ crm_product_groups_id: group['id'] }] });
	});

	test('each member gets the offer with the best expected margin for their customer, or none', async () => {
		const res = await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/member-offers`);
		expect(res.status, JSON.stringify(res.json)).toBe(200);
		expect(res.json.data).toMatchObject({ campaign: campaign['id'], currency: 'EUR', priced: 3, with_offer: 2, without_offer: 1 });
		const [a, b, c] = await Promise.all([memberOf(customers.a), memberOf(customers.b), memberOf(customers.c)]);
		expect([a['best_offer'], Number(a['best_offer_margin_base']), Number(a['best_offer_discount_base'])]).toEqual([five['id'], 7_500, 1_000]);
		expect([b['best_offer'], b['best_offer_margin_base'], b['best_offer_discount_base']]).toEqual([null, null, null]);
		expect([c['best_offer'], Number(c['best_offer_margin_base']), Number(c['best_offer_discount_base'])]).toEqual([ten['id'], 3_000, 1_000]);
		expect(new Date(a['offers_priced_at']).toISOString()).toBe(res.json.data.priced_at);
	});

	test('the list shows the members the caller may read: marketing all three, a rep only her own customer\'s', async () => {
		await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/member-offers`);
		const all = await http(instance, marketing, 'GET', `/crm/campaigns/${campaign['id']}/member-offers`);
		expect(all.status, JSON.stringify(all.json)).toBe(200);
		expect(all.json.meta).toEqual({ campaign: campaign['id'], currency: 'EUR', total: 3 });
		expect(all.json.data[0]).toMatchObject({ customer: customers.a['id'], customer_name: customers.a['name'], contact_name: 'Buyer A Offer', best_offer: { id: five['id'], code: five['code'], name: 'Tools 5 %' }, margin_base: 7_500, discount_base: 1_000, priced_at: expect.any(String) });
		const rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const own = await http(instance, rep, 'GET', `/crm/campaigns/${campaign['id']}/member-offers`);
		expect(own.status, JSON.stringify(own.json)).toBe(200);
		expect(own.json.data.map((m: Row) => [m['customer'], m['best_offer']?.['code']])).toEqual([[customers.a['id'], five['code']]]);
	});

	test('pricing takes the right to change the campaign; a malformed id is no campaign', async () => {
		const rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const refused = await http(instance, rep, 'POST', `/crm/campaigns/${campaign['id']}/member-offers`);
		expect([refused.status, refused.json.errors[0].extensions.code]).toEqual([403, 'CRM_NOT_PERMITTED']);
		for (const method of ['GET', 'POST']) {
			const bad = await http(instance, marketing, method, '/crm/campaigns/not-a-uuid/member-offers');
			expect([bad.status, bad.json.errors[0].extensions.code]).toEqual([404, 'CRM_NOT_FOUND']);
		}
	});
});
