import { createItem, createItems, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const COST = 4_000;

describe.each(inject('instances'))('campaign ROI and attribution on $name', (instance) => {
	let admin: Client;
	let marketing: string;
	let call: Row;
	let visit: Row;
	/** Net of the two won orders: customer A's (touched by both campaigns) and B's (by the call campaign only). */
	let netA: number;
	let netB: number;
	let orderA: Row;
	let salesChannel: Row;

	const roi = async (model: string) => {
		const res = await http(instance, marketing, 'GET', `/crm/campaigns/attribution?model=${model}&window_days=30`);
		expect(res.status, JSON.stringify(res.json)).toBe(200);
		const row = (c: Row) => res.json.data.by_campaign.find((r: Row) => r['campaign'] === c['id']);
		return { call: row(call), visit: row(visit), data: res.json.data };
	};

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		const token = (await admin.getToken())!;
		marketing = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
		const product = (await admin.request(createItem('crm_products', { sku: `ROI-${uid()}`, name: 'Site survey hour', kind: 'service', unit: 'h', list_price: 10_000, cost_price: COST, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 10_000 }));
		salesChannel = (await admin.request(createItem('crm_sales_channels', { code: `ROI-${uid()}`, name: `Trade fair ${uid()}`, kind: 'direct' }))) as Row;
		const fresh = (name: string) => ({ name: `${name} ${uid()}`, currency: 'EUR', status: 'active', sales_channel: salesChannel['id'] });
		const [a, b] = (await admin.request(createItems('crm_customers', [fresh('ROI A'), fresh('ROI B')]))) as Row[];
		const customers = [a, b].sort((x, y) => String(x!['name']).localeCompare(String(y!['name']))) as Row[];
		const contacts = (await admin.request(createItems('crm_contacts', customers.map((c, i) => ({ customer: c['id'], first_name: `Buyer${i}`, phone: '+49 30 1234', email: `buyer${i}@example.test`, marketing_consent: true }))))) as Row[];
		const segment = (await admin.request(createItem('crm_market_segments', { code: `ROI-${uid()}`, name: 'ROI test', applies_to: 'customers' }))) as Row;
		await admin.request(createItems('crm_customers_market_segments', customers.map((c) => ({ crm_customers_id: c['id'], crm_market_segments_id: segment['id'] }))));
		const campaign = async (channel: string, spend: number) => {
			const c = (await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `ROI-${channel}-${uid()}`, name: `ROI ${channel}`, channel, status: 'running', segments: { create: [{ crm_market_segments_id: segment['id'] }] } })).json.data as Row;
			expect((await http(instance, marketing, 'POST', `/crm/campaigns/${c['id']}/members`)).json.data.added).toBe(2);
			expect((await http(instance, marketing, 'POST', '/items/crm_campaign_spend', { campaign: c['id'], cost_item: 'agency', amount_base: spend, spent_on: ago(20).slice(0, 10), description: 'Agency' })).status).toBe(200);
			return c;
		};
		call = await campaign('call', 5_000);
		visit = await campaign('visit', 3_000);
		const memberOf = async (c: Row, contact: Row) => ((await admin.request(readItems('crm_campaign_members', { filter: { campaign: { _eq: c['id'] }, contact: { _eq: contact['id'] } } }))) as Row[])[0]!;
		const log = async (c: Row, contact: Row, days: number) => {
			const res = await http(instance, marketing, 'POST', `/crm/campaign-members/${(await memberOf(c, contact))['id']}/touches`, { kind: 'responded', at: ago(days), outcome: 'Interested' });
			expect(res.status, JSON.stringify(res.json)).toBe(201);
		};
		// A: the call campaign ten days ago, the visit two days ago. B: the call campaign five days ago.
		await log(call, contacts.find((c) => c['customer'] === customers[0]!['id'])!, 10);
		await log(visit, contacts.find((c) => c['customer'] === customers[0]!['id'])!, 2);
		await log(call, contacts.find((c) => c['customer'] === customers[1]!['id'])!, 5);
		const won = async (customer: Row, hours: number) => {
			const created = await http(instance, token, 'POST', '/crm/orders', { customer: customer['id'], lines: [{ product: product['id'], quantity_milli: hours * 1000 }] });
			expect(created.status, JSON.stringify(created.json)).toBe(201);
			expect((await http(instance, token, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {})).status).toBe(200);
			return created.json.data as Row;
		};
		orderA = await won(customers[0]!, 2);
		const orderB = await won(customers[1]!, 1);
		netA = Number(orderA['net_total']);
		netB = Number(orderB['net_total']);
		// A draft and a cancelled order of A's count for nothing.
		await http(instance, token, 'POST', '/crm/orders', { customer: customers[0]!['id'], lines: [{ product: product['id'], quantity_milli: 9000 }] });
	});

	test('linear: each touch of an order gets an equal share, and the spend counts once per campaign, not once per order', async () => {
		const marginA = netA - 2 * COST;
		const marginB = netB - COST;
		const { call: c, visit: v } = await roi('linear');
		// The call campaign: half of A's order and all of B's; two orders, but its 50.00 of spend once.
		const callMargin = Math.ceil(marginA / 2) + marginB;
		expect(c).toMatchObject({ orders: 2, revenue: Math.ceil(netA / 2) + netB, margin: callMargin, spend: 5_000 });
		expect(c.roi_bp).toBe(Math.round(((callMargin - 5_000) * 10_000) / 5_000));
		// SuiteCRM would charge 2 × 50.00 here: that is not what we report.
		expect(c.roi_bp).not.toBe(Math.round(((callMargin - 10_000) * 10_000) / 10_000));
		expect(v).toMatchObject({ orders: 1, revenue: netA - Math.ceil(netA / 2), margin: marginA - Math.ceil(marginA / 2), spend: 3_000 });
	});

	test('first touch credits the earliest campaign, last touch the latest; U-shaped and time decay share every order in full', async () => {
		const marginA = netA - 2 * COST;
		const marginB = netB - COST;
		const first = await roi('first_touch');
		expect([first.call.margin, first.visit?.margin ?? 0, first.call.roi_bp]).toEqual([marginA + marginB, 0, ((marginA + marginB - 5_000) * 10_000) / 5_000]);
		const last = await roi('last_touch');
		expect([last.call.margin, last.visit.margin, last.visit.roi_bp]).toEqual([marginB, marginA, Math.round(((marginA - 3_000) * 10_000) / 3_000)]);
		for (const model of ['u_shaped', 'time_decay']) {
			const r = await roi(model);
			expect(r.call.revenue + r.visit.revenue).toBe(netA + netB);
		}
		// Time decay (half-life 7 days): the visit two days before A's order outweighs the call ten days before.
		const decay = await roi('time_decay');
		expect(decay.visit.revenue).toBeGreaterThan(netA - decay.visit.revenue);
		// By channel: every call campaign's return adds up to the channel's.
		const calls = (await roi('linear')).data;
		const callCampaigns = calls.by_campaign.filter((r: Row) => r['channel'] === 'call');
		expect(calls.by_channel.find((r: Row) => r['channel'] === 'call')).toMatchObject({ revenue: callCampaigns.reduce((s: number, r: Row) => s + r['revenue'], 0), spend: callCampaigns.reduce((s: number, r: Row) => s + r['spend'], 0) });
	});

	test('a campaign\'s credit is explained order by order, touch by touch', async () => {
		const res = await http(instance, marketing, 'GET', `/crm/campaigns/${visit['id']}/attribution?model=linear&window_days=30`);
		expect(res.status, JSON.stringify(res.json)).toBe(200);
		expect(res.json.data.credits).toEqual([{ order: orderA['id'], number: orderA['number'], order_date: expect.any(String), touches: [expect.objectContaining({ weight: 1, of: 2, revenue: netA - Math.ceil(netA / 2) })] }]);
		expect(res.json.data.hidden_orders).toBe(0);
		const rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		expect((await http(instance, rep, 'GET', '/crm/campaigns/attribution')).status).toBe(403);
		const bad = await http(instance, marketing, 'GET', '/crm/campaigns/attribution?model=best_guess');
		expect([bad.status, bad.json.errors[0].extensions]).toEqual([400, expect.objectContaining({ code: 'CRM_INVALID_QUERY', parameter: 'model' })]);
	});

	test("channel analysis: a sales channel's orders, margin and new customers by hand; campaign channels agree with attribution and are compared with the period before", async () => {
		const res = await http(instance, marketing, 'GET', '/crm/marketing/channels?model=linear&window_days=30');
		expect(res.status, JSON.stringify(res.json)).toBe(200);
		const data = res.json.data;
		const length = (Date.parse(data.to) - Date.parse(data.from)) / DAY + 1;
		expect(data.previous).toEqual({ from: new Date(Date.parse(data.from) - length * DAY).toISOString().slice(0, 10), to: new Date(Date.parse(data.from) - DAY).toISOString().slice(0, 10) });
		const marginA = netA - 2 * COST;
		const marginB = netB - COST;
		expect(data.by_sales_channel.find((r: Row) => r['channel'] === salesChannel['id'])).toEqual({
			channel: salesChannel['id'],
			name: salesChannel['name'],
			orders: 2,
			revenue: netA + netB,
			margin: marginA + marginB,
			customers: 2,
			new_customers: 2,
			avg_order: Math.round((netA + netB) / 2),
			previous: { orders: 0, revenue: 0, margin: 0, customers: 0, new_customers: 0, avg_order: null },
		});
		const attribution = (await roi('linear')).data;
		const calls = data.by_campaign_channel.find((r: Row) => r['channel'] === 'call');
		expect(calls).toMatchObject({ revenue: attribution.by_channel.find((r: Row) => r['channel'] === 'call').revenue, previous: expect.objectContaining({ members: expect.any(Number) }) });
		// Both call members were touched in the period and ordered within 30 days after: converted; A and B were acquired by calls.
		expect(calls.converted_members).toBeGreaterThanOrEqual(2);
		expect(calls.acquired_customers).toBeGreaterThanOrEqual(2);
		expect(Math.abs(calls.conversion_bp - (calls.converted_members * 10_000) / calls.members)).toBeLessThanOrEqual(0.5);
		const rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		expect((await http(instance, rep, 'GET', '/crm/marketing/channels')).status).toBe(403);
		const bad = await http(instance, marketing, 'GET', '/crm/marketing/channels?from=2026-02-30');
		expect([bad.status, bad.json.errors[0].extensions]).toEqual([400, expect.objectContaining({ code: 'CRM_INVALID_QUERY', parameter: 'from' })]);
	});
});
