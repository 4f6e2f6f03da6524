import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

describe.each(inject('instances'))('price lists on $name', (instance) => {
	let admin: Client;
	let token: string;
	let product: Row;
	let listByCode: Map<string, Row>;
	let groupByCode: Map<string, Row>;

	async function customerIn(groupCode: string | null, extra: Row = {}): Promise<Row> {
		return (await admin.request(
			createItem('crm_customers', { name: `Pricing ${groupCode ?? 'plain'} ${Math.random().toString(36).slice(2, 8)}`, ...(groupCode ? { groups: [{ crm_customer_groups_id: groupByCode.get(groupCode)!['id'] }] } : {}), ...extra }),
		)) as Row;
	}

	async function price(customer: string, query = '') {
		return http(instance, token, 'GET', `/crm/prices/resolve?customer=${customer}&product=${product['id']}&date=2026-06-15${query}`);
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		listByCode = new Map(((await admin.request(readItems('crm_price_lists', { limit: -1 }))) as Row[]).map((l) => [l['code'], l]));
		groupByCode = new Map(((await admin.request(readItems('crm_customer_groups', { limit: -1 }))) as Row[]).map((g) => [g['code'], g]));
		product = (await admin.request(createItem('crm_products', { sku: `PRICE-${Date.now()}`, name: 'Pricing test drill', kind: 'goods', unit: 'pcs', cost_price: 6000, list_price: 10000, currency: 'EUR', vat_rate_bp: 2000 }))) as Row;
		const base = listByCode.get('BASE')!['id'];
		await admin.request(createItem('crm_price_list_items', { price_list: base, product: product['id'], min_quantity_milli: 1000, unit_price: 10000 }));
		await admin.request(createItem('crm_price_list_items', { price_list: base, product: product['id'], min_quantity_milli: 10000, unit_price: 9500 }));
	});

	test('prices from the base list, with the 10-unit break for 12 units', async () => {
		const customer = await customerIn(null);
		const one = await price(customer['id']);
		expect([one.status, one.json.data.unit_price, one.json.data.currency, one.json.data.price_list]).toEqual([200, 10000, 'EUR', listByCode.get('BASE')!['id']]);
		const twelve = await price(customer['id'], '&quantity=12');
		expect([twelve.json.data.unit_price, twelve.json.data.line_amount, twelve.json.data.formatted]).toEqual([9500, 114000, { unit_price: '95.00', line_amount: '1140.00' }]);
	});

	test("applies the wholesale group's derived list and explains it", async () => {
		const customer = await customerIn('WHOLESALE');
		const res = await price(customer['id']);
		expect(res.json.data.unit_price).toBe(8800);
		expect(res.json.data.derived_from).toEqual([listByCode.get('BASE')!['id']]);
		expect(res.json.data.explanation).toEqual([
			expect.objectContaining({ code: 'WHOLESALE', source: 'group', outcome: 'used', detail: expect.stringContaining('88.00 EUR') }),
		]);
	});

	test("prefers the customer's own list over the group's, rounding to its step", async () => {
		const own = (await admin.request(
			createItem('crm_price_lists', { code: `C-${Date.now()}`, name: 'Contract', kind: 'customer', currency: 'EUR', parent: listByCode.get('WHOLESALE')!['id'], derivation_bp: -300, rounding_step: 5, rounding_mode: 'half-up' }),
		)) as Row;
		const customer = await customerIn('WHOLESALE', { price_list: own['id'] });
		const res = await price(customer['id']);
		// 100.00 → wholesale −12 % = 88.00 → −3 % = 85.36 → step 0.05 = 85.35
		expect([res.json.data.unit_price, res.json.data.price_list, res.json.data.explanation.map((s: Row) => [s['source'], s['outcome']])]).toEqual([8535, own['id'], [['customer', 'used']]]);
	});

	test('skips an expired group list and says so', async () => {
		const oldGroup = (await admin.request(createItem('crm_customer_groups', { code: `OLD-${Date.now()}`, name: 'Old terms', price_list: listByCode.get('WHOLESALE-2024')!['id'] }))) as Row;
		const customer = (await admin.request(createItem('crm_customers', { name: 'Old terms customer', groups: [{ crm_customer_groups_id: oldGroup['id'] }] }))) as Row;
		const res = await price(customer['id']);
		expect(res.json.data.explanation.map((s: Row) => [s['code'], s['outcome']])).toEqual([
			['WHOLESALE-2024', 'not_valid_on_date'],
			['BASE', 'used'],
		]);
	});

	test('answers 422 with the reasons when no list has a price', async () => {
		const orphan = (await admin.request(createItem('crm_products', { sku: `NOPRICE-${Date.now()}`, name: 'Unpriced', kind: 'goods', unit: 'pcs', currency: 'EUR' }))) as Row;
		const customer = await customerIn(null);
		const res = await http(instance, token, 'GET', `/crm/prices/resolve?customer=${customer['id']}&product=${orphan['id']}`);
		expect([res.status, res.json.errors[0].extensions.code]).toEqual([422, 'CRM_NO_PRICE']);
	});

	test('rejects a malformed query and hides customers the caller may not see', async () => {
		const customer = await customerIn(null);
		const bad = await http(instance, token, 'GET', `/crm/prices/resolve?customer=${customer['id']}&product=${product['id']}&quantity=abc`);
		expect([bad.status, bad.json.errors[0].extensions.code]).toEqual([400, 'CRM_INVALID_QUERY']);
		const rep = await loginAs(instance, 'rita.rep@example.com');
		expect((await http(instance, (await rep.getToken())!, 'GET', `/crm/prices/resolve?customer=${customer['id']}&product=${product['id']}`)).status).toBe(403);
	});

	test('exports a price list as CSV and as PDF', async () => {
		const id = listByCode.get('WHOLESALE')!['id'];
		const csv = await fetch(`${instance.url}/crm/price-lists/${id}/export?format=csv&date=2026-06-15`, { headers: { authorization: `Bearer ${token}` } });
		const text = await csv.text();
		expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
		expect(text.split('\r\n')[0]).toBe('SKU,Product,Unit,From quantity,Unit price,Currency,Source');
		expect(text).toContain(`${product['sku']},Pricing test drill,pcs,1,88.00,EUR,derived`);
		expect(text).toContain(`${product['sku']},Pricing test drill,pcs,10,83.60,EUR,derived`);

		const pdf = await fetch(`${instance.url}/crm/price-lists/${id}/export?format=pdf&date=2026-06-15`, { headers: { authorization: `Bearer ${token}` } });
		const bytes = new Uint8Array(await pdf.arrayBuffer());
		expect([pdf.status, pdf.headers.get('content-type'), new TextDecoder().decode(bytes.slice(0, 5))]).toEqual([200, 'application/pdf', '%PDF-']);
		expect(bytes.length).toBeGreaterThan(2000);
		// Kept for a person to look at (git-ignored).
		mkdirSync(join(ROOT, 'tests', '.artifacts', 'pdf'), { recursive: true });
		writeFileSync(join(ROOT, 'tests', '.artifacts', 'pdf', `price-list-wholesale-${instance.name}.pdf`), bytes);
	});
});
