import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createItem, readItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { type Client, http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

describe.each(inject('instances'))('proposals on $name', (instance) => {
	let admin: Client;
	let token: string;
	let product: Row;
	let base: Row;

	const today = new Date().toISOString().slice(0, 10);

	async function quote(validUntil: string | null = null, issueDate = '2026-06-01'): Promise<Row> {
		const c = (await admin.request(createItem('crm_customers', { name: `Quote test ${Math.random().toString(36).slice(2, 8)}`, currency: 'EUR' }))) as Row;
		const created = (await admin.request(createItem('crm_quotes', { customer: c['id'], issue_date: issueDate, valid_until: validUntil, lines: [{ product: product['id'], quantity_milli: 4000 }] }))) as Row;
		return (await admin.request(readItem('crm_quotes', created['id'], { fields: ['*', 'lines.*'] }))) as Row;
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		product = (await admin.request(createItem('crm_products', { sku: `QT-${Date.now()}`, name: 'Quoted pump', kind: 'goods', unit: 'pcs', list_price: 25000, vat_rate_bp: 2000, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 25000 }));
	});

	test('a proposal is numbered and priced on the server', async () => {
		const q = await quote();
		expect([q['status'], q['number'], String(q['net_total']), String(q['vat_total']), String(q['gross_total'])]).toEqual(['draft', expect.stringMatching(/^QT-2026-\d{6}$/), '100000', '20000', '120000']);
	});

	test('accepting a sent proposal makes an order at the accepted prices, linked both ways', async () => {
		const q = await quote(null, today);
		const sent = await http(instance, token, 'POST', `/crm/quotes/${q['id']}/send`, {});
		const in30Days = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
		expect([sent.status, sent.json.data.status, sent.json.data.valid_until]).toEqual([200, 'sent', in30Days]);

		// The list price rises after the proposal went out; the customer still gets the proposal's price.
		const item = ((await admin.request(readItems('crm_price_list_items', { filter: { product: { _eq: product['id'] } } }))) as Row[])[0]!;
		await admin.request(updateItem('crm_price_list_items', item['id'], { unit_price: 30000 }));

		const accepted = await http(instance, token, 'POST', `/crm/quotes/${q['id']}/accept`, {});
		expect([accepted.status, accepted.json.data?.status]).toEqual([200, 'accepted']);
		const order = (await admin.request(readItem('crm_orders', accepted.json.data.order, { fields: ['*', 'lines.*'] }))) as Row;
		expect([order['quote'], order['status'], String(order['gross_total']), Number(order['lines'][0]['unit_price'])]).toEqual([q['id'], 'draft', '120000', 25000]);
		await admin.request(updateItem('crm_price_list_items', item['id'], { unit_price: 25000 }));

		const twice = await http(instance, token, 'POST', `/crm/quotes/${q['id']}/accept`, {});
		expect([twice.status, twice.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);
	});

	test('an expired proposal cannot be accepted', async () => {
		const q = await quote('2026-06-10');
		await http(instance, token, 'POST', `/crm/quotes/${q['id']}/send`, {});
		const res = await http(instance, token, 'POST', `/crm/quotes/${q['id']}/accept`, {});
		expect([res.status, res.json.errors[0].extensions.code]).toEqual([409, 'CRM_QUOTE_EXPIRED']);
	});

	test('a draft cannot be accepted and a proposal without lines cannot be sent', async () => {
		const q = await quote();
		const draft = await http(instance, token, 'POST', `/crm/quotes/${q['id']}/accept`, {});
		expect([draft.status, draft.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);
		const empty = (await admin.request(createItem('crm_quotes', { customer: q['customer'] }))) as Row;
		const send = await http(instance, token, 'POST', `/crm/quotes/${empty['id']}/send`, {});
		expect([send.status, send.json.errors[0].extensions.code]).toEqual([400, 'CRM_ORDER_INCOMPLETE']);
	});

	test('the schedule expires a sent proposal past its validity, once, and says so on the timeline', async () => {
		const q = await quote('2026-06-10');
		await http(instance, token, 'POST', `/crm/quotes/${q['id']}/send`, {});
		let status = 'sent';
		for (let i = 0; i < 40 && status === 'sent'; i++) {
			await new Promise((r) => setTimeout(r, 250));
			status = ((await admin.request(readItem('crm_quotes', q['id'], { fields: ['status'] }))) as Row)['status'];
		}
		expect(status).toBe('expired');
		await new Promise((r) => setTimeout(r, 2500));
		const timeline = await http(instance, token, 'GET', `/crm/customers/${q['customer']}/timeline?type=system`);
		expect(timeline.json.data.filter((e: Row) => e['subject'].includes('sent → expired'))).toHaveLength(1);
	});

	test('a proposal prints as a PDF the customer can read', async () => {
		const q = await quote();
		const res = await fetch(`${instance.url}/crm/quotes/${q['id']}/pdf`, { headers: { authorization: `Bearer ${token}` } });
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([res.status, res.headers.get('content-type'), new TextDecoder().decode(bytes.slice(0, 5))]).toEqual([200, 'application/pdf', '%PDF-']);
		mkdirSync(join(ROOT, 'tests', '.artifacts', 'pdf'), { recursive: true });
		writeFileSync(join(ROOT, 'tests', '.artifacts', 'pdf', `proposal-${instance.name}.pdf`), bytes);
	});
});
