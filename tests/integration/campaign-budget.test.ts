import { createItem, readItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();

describe.each(inject('instances'))('campaign budgets and spend on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let marketing: string;
	let rep: string;
	let campaign: Row;
	let orderDiscount: number;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		marketing = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
		rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const warehouse = (await admin.request(createItem('crm_warehouses', { code: `CB-${uid()}`, name: 'Campaign warehouse' }))) as Row;
		const product = (await admin.request(createItem('crm_products', { sku: `CB-${uid()}`, name: 'Hard hat', kind: 'goods', unit: 'pcs', list_price: 4_000, cost_price: 1_500, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 4_000 }));
		await admin.request(createItem('crm_stock_levels', { product: product['id'], warehouse: warehouse['id'], on_hand_milli: 1_000_000 }));
		const customer = (await admin.request(createItem('crm_customers', { name: `Campaign buyer ${uid()}`, currency: 'EUR', status: 'active', credit_limit: 100_000_000 }))) as Row;
		campaign = (await admin.request(createItem('crm_campaigns', { code: `CMP-${uid()}`, name: 'Safety in June', status: 'running', channel: 'visit', start_date: '2026-06-01', end_date: '2026-06-30' }))) as Row;
		const ruleCode = `CMP-R-${uid()}`;
		const rule = await http(instance, adminToken, 'POST', '/items/crm_discount_rules', { code: ruleCode, name: 'Hard hats 15 %', effect_kind: 'percent', discount_bp: 1500, priority: 10, campaign: campaign['id'], products: [{ crm_products_id: product['id'] }] });
		expect(rule.status, JSON.stringify(rule.json)).toBe(200);
		// An order of the campaign, confirmed: 10 hats at 40.00 less 15 % = 60.00 of discount through the campaign's rule.
		const created = await http(instance, adminToken, 'POST', '/crm/orders', { customer: customer['id'], order_date: '2026-06-15', warehouse: warehouse['id'], campaign: campaign['id'], lines: [{ product: product['id'], quantity_milli: 10_000 }] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		const line = created.json.data.lines[0];
		orderDiscount = (line.applied_rules as Row[]).filter((a) => a['code'] === ruleCode).reduce((s, a) => s + Number(a['amount']), 0);
		expect(orderDiscount).toBe(6_000);
		expect((await http(instance, adminToken, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {})).status).toBe(200);
		// A draft of the campaign counts for nothing.
		await http(instance, adminToken, 'POST', '/crm/orders', { customer: customer['id'], order_date: '2026-06-16', warehouse: warehouse['id'], campaign: campaign['id'], lines: [{ product: product['id'], quantity_milli: 5_000 }] });
	});

	test('a marketer plans by cost item and books spend; the budget adds the discounts the campaign\'s rules gave on confirmed orders', async () => {
		for (const [cost_item, planned_base] of [['agency', 100_000], ['discounts', 5_000]] as const) {
			const res = await http(instance, marketing, 'POST', '/items/crm_campaign_budget_lines', { campaign: campaign['id'], cost_item, planned_base });
			expect(res.status, JSON.stringify(res.json)).toBe(200);
		}
		for (const [amount_base, description] of [[60_000, 'Agency invoice'], [-10_000, 'Agency credit note']] as const) {
			const res = await http(instance, marketing, 'POST', '/items/crm_campaign_spend', { campaign: campaign['id'], cost_item: 'agency', amount_base, spent_on: '2026-06-10', description });
			expect(res.status, JSON.stringify(res.json)).toBe(200);
		}
		const { status, json } = await http(instance, marketing, 'GET', `/crm/campaigns/${campaign['id']}/budget`);
		expect(status, JSON.stringify(json)).toBe(200);
		expect(json.data).toEqual({
			campaign: campaign['id'],
			currency: 'EUR',
			by_item: [
				{ cost_item: 'agency', planned: 100_000, actual: 50_000 },
				{ cost_item: 'discounts', planned: 5_000, actual: 6_000 },
			],
			planned: 105_000,
			actual: 56_000,
			remaining: 49_000,
			used_bp: 5_333,
			// The campaign has ended: its spend is what it is.
			forecast: 56_000,
			overrun_forecast: false,
			warning: false,
			stop_sends: false,
		});
	});

	test('spend is never changed or deleted, and an entry of 0 is refused: a correction is a new entry', async () => {
		const entry = await http(instance, marketing, 'POST', '/items/crm_campaign_spend', { campaign: campaign['id'], cost_item: 'media', amount_base: 1_000, spent_on: '2026-06-11', description: 'Radio spot' });
		const id = entry.json.data.id;
		const patch = await http(instance, adminToken, 'PATCH', `/items/crm_campaign_spend/${id}`, { amount_base: 2_000 });
		const del = await http(instance, adminToken, 'DELETE', `/items/crm_campaign_spend/${id}`);
		const zero = await http(instance, marketing, 'POST', '/items/crm_campaign_spend', { campaign: campaign['id'], cost_item: 'media', amount_base: 0, spent_on: '2026-06-11', description: 'Nothing' });
		expect([patch.status, patch.json.errors[0].extensions.code, del.status, del.json.errors[0].extensions.code]).toEqual([409, 'CRM_LEDGER_APPEND_ONLY', 409, 'CRM_LEDGER_APPEND_ONLY']);
		expect([zero.status, zero.json.errors[0].extensions.code]).toEqual([400, 'CRM_OUT_OF_RANGE']);
		expect(Number(((await admin.request(readItem('crm_campaign_spend', id))) as Row)['amount_base'])).toBe(1_000);
	});

	test('a rep reads what a campaign is, never what it costs', async () => {
		const budget = await http(instance, rep, 'GET', `/crm/campaigns/${campaign['id']}/budget`);
		expect(budget.status).toBe(403);
		const read = await http(instance, rep, 'GET', `/items/crm_campaigns/${campaign['id']}`);
		expect(read.status).toBe(200);
		expect(Object.keys(read.json.data)).not.toContain('budget_lines');
		expect(Object.keys(read.json.data)).toContain('name');
	});
});
