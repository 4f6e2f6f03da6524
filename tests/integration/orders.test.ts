import { createItem, readItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

describe.each(inject('instances'))('orders on $name', (instance) => {
	let admin: Client;
	let token: string;
	let warehouse: Row;
	let drill: Row;
	let install: Row;

	async function stockOf(product: string): Promise<Row> {
		return ((await admin.request(readItems('crm_stock_levels', { filter: { product: { _eq: product }, warehouse: { _eq: warehouse['id'] } } }))) as Row[])[0]!;
	}

	async function customer(extra: Row = {}): Promise<Row> {
		return (await admin.request(createItem('crm_customers', { name: `Order test ${Math.random().toString(36).slice(2, 8)}`, currency: 'EUR', ...extra }))) as Row;
	}

	async function draftOrder(customerId: string, lines: Row[]): Promise<Row> {
		const created = (await admin.request(createItem('crm_orders', { customer: customerId, order_date: '2026-06-15', warehouse: warehouse['id'], lines }))) as Row;
		return (await admin.request(readItem('crm_orders', created['id'], { fields: ['*', 'lines.*'] }))) as Row;
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `W-${Date.now()}`, name: 'Test warehouse' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		drill = (await admin.request(createItem('crm_products', { sku: `ORD-D-${Date.now()}`, name: 'Order drill', kind: 'goods', unit: 'pcs', list_price: 1999, cost_price: 1000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		install = (await admin.request(createItem('crm_products', { sku: `ORD-S-${Date.now()}`, name: 'Installation', kind: 'service', unit: 'h', list_price: 8000, cost_price: 5000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: drill['id'], min_quantity_milli: 1000, unit_price: 1999 }));
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: install['id'], min_quantity_milli: 1000, unit_price: 8000 }));
		await admin.request(createItem('crm_stock_levels', { product: drill['id'], warehouse: warehouse['id'], on_hand_milli: 10_000 }));
	});

	test('prices the lines and totals the order on the server, with a gapless number', async () => {
		const c = await customer();
		const order = await draftOrder(c['id'], [
			{ product: drill['id'], quantity_milli: 3000 },
			{ product: install['id'], quantity_milli: 2500, discount_bp: 1000 },
		]);
		// 3 × 19.99 = 59.97; 2.5 h × 80.00 = 200.00 − 10 % = 180.00; VAT 19 % on 239.97 = 45.59 (per rate, once)
		expect([order['status'], order['net_total'], order['vat_total'], order['gross_total'], order['currency'], order['fx_rate']].map(String)).toEqual(['draft', '23997', '4559', '28556', 'EUR', '1']);
		const byProduct = (l: Row) => (l['product'] === drill['id'] ? 0 : 1);
		const lines = [...order['lines']].sort((a: Row, b: Row) => byProduct(a) - byProduct(b));
		expect(lines.map((l: Row) => [Number(l['unit_price']), Number(l['net_amount']), Number(l['vat_amount'])])).toEqual([
			[1999, 5997, 1139],
			[8000, 18000, 3420],
		]);
		expect(order['number']).toMatch(/^SO-2026-\d{6}$/);
		// The number is taken as the create's last step: its revision shows it, not the provisional one it was inserted with.
		const revisions = await http(instance, token, 'GET', `/revisions?filter[collection][_eq]=crm_orders&filter[item][_eq]=${order['id']}&fields=data,delta`);
		expect(revisions.json.data.map((r: Row) => [r['data']['number'], r['delta']['number']])).toEqual([[order['number'], order['number']]]);
		// A create that fails gives its number back.
		const failed = await http(instance, token, 'POST', '/items/crm_orders', { customer: c['id'], promo_codes: 'NO-SUCH-CODE', lines: [{ product: drill['id'], quantity_milli: 1000 }] });
		expect([failed.status, failed.json.errors[0].extensions.code]).toEqual([400, 'CRM_PROMO_CODE_INVALID']);
		const next = await draftOrder(c['id'], [{ product: drill['id'], quantity_milli: 1000 }]);
		expect(Number(next['number'].slice(-6))).toBe(Number(order['number'].slice(-6)) + 1);
	});

	test('lines come back in the order they were sent, and a line added later goes last', async () => {
		const c = await customer();
		const sent = [install, drill, install, drill].map((p, i) => ({ product: p['id'], quantity_milli: (i + 1) * 1000 }));
		const order = await draftOrder(c['id'], sent);
		expect(order['lines'].map((l: Row) => [l['product'], Number(l['quantity_milli']), l['sort']])).toEqual(sent.map((l, i) => [l.product, l.quantity_milli, i + 1]));
		await admin.request(createItem('crm_order_lines', { order: order['id'], product: drill['id'], quantity_milli: 9000 }));
		await admin.request(updateItem('crm_orders', order['id'], { lines: { create: [{ product: install['id'], quantity_milli: 7000 }], update: [], delete: [] } }));
		const again = (await admin.request(readItem('crm_orders', order['id'], { fields: ['lines.quantity_milli', 'lines.sort'] }))) as Row;
		expect(again['lines'].map((l: Row) => [Number(l['quantity_milli']), l['sort']])).toEqual([[1000, 1], [2000, 2], [3000, 3], [4000, 4], [9000, 5], [7000, 6]]);
		const viaApi = await http(instance, token, 'POST', '/crm/orders', { customer: c['id'], lines: sent });
		expect(viaApi.json.data.lines.map((l: Row) => Number(l['quantity_milli']))).toEqual([1000, 2000, 3000, 4000]);
	});

	test('ignores nothing a client sends for totals: it refuses them', async () => {
		const c = await customer();
		const res = await http(instance, token, 'POST', '/items/crm_orders', { customer: c['id'], gross_total: 1, lines: [{ product: drill['id'], quantity_milli: 1000 }] });
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_READONLY_FIELD', 'gross_total']);
		const line = await http(instance, token, 'POST', '/items/crm_orders', { customer: c['id'], lines: [{ product: drill['id'], quantity_milli: 1000, unit_price: 1 }] });
		expect([line.status, line.json.errors[0].extensions.code, line.json.errors[0].extensions.field]).toEqual([400, 'CRM_READONLY_FIELD', 'lines[0].unit_price']);
		const status = await http(instance, token, 'POST', '/items/crm_orders', { customer: c['id'], status: 'paid' });
		expect([status.status, status.json.errors[0].extensions.code]).toEqual([400, 'CRM_READONLY_FIELD']);
	});

	test('re-totals a draft when a line changes and records the order on the timeline', async () => {
		const c = await customer();
		const order = await draftOrder(c['id'], [{ product: drill['id'], quantity_milli: 1000 }]);
		await admin.request(updateItem('crm_order_lines', order['lines'][0]['id'], { quantity_milli: 2000 }));
		const after = (await admin.request(readItem('crm_orders', order['id']))) as Row;
		expect(String(after['net_total'])).toBe('3998');
		const timeline = await http(instance, token, 'GET', `/crm/customers/${c['id']}/timeline?type=system`);
		expect(timeline.json.data.map((e: Row) => e['subject'])).toContain(`Order ${order['number']} created (23.79 EUR)`);
	});

	test('confirming reserves the goods, then the lines are locked; cancelling releases them', async () => {
		const c = await customer();
		const before = Number((await stockOf(drill['id']))['reserved_milli']);
		const order = await draftOrder(c['id'], [
			{ product: drill['id'], quantity_milli: 2000 },
			{ product: install['id'], quantity_milli: 1000 },
		]);
		const confirm = await http(instance, token, 'POST', `/crm/orders/${order['id']}/confirm`, {});
		expect([confirm.status, confirm.json.data.status]).toEqual([200, 'confirmed']);
		expect(Number((await stockOf(drill['id']))['reserved_milli'])).toBe(before + 2000);

		expect(await failureOf(admin.request(updateItem('crm_order_lines', order['lines'][0]['id'], { quantity_milli: 5000 })))).toMatchObject({ status: 409, code: 'CRM_DOCUMENT_LOCKED' });
		const again = await http(instance, token, 'POST', `/crm/orders/${order['id']}/confirm`, {});
		expect([again.status, again.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);

		const noReason = await http(instance, token, 'POST', `/crm/orders/${order['id']}/cancel`, {});
		expect([noReason.status, noReason.json.errors[0].extensions.code]).toEqual([400, 'CRM_ORDER_INCOMPLETE']);
		const cancel = await http(instance, token, 'POST', `/crm/orders/${order['id']}/cancel`, { reason: 'Customer changed plans' });
		expect([cancel.status, cancel.json.data.status, cancel.json.data.cancel_reason]).toEqual([200, 'cancelled', 'Customer changed plans']);
		expect(Number((await stockOf(drill['id']))['reserved_milli'])).toBe(before);
	});

	test('refuses to reserve more than is on hand, and writes nothing', async () => {
		const c = await customer();
		const order = await draftOrder(c['id'], [{ product: drill['id'], quantity_milli: 50_000 }]);
		const res = await http(instance, token, 'POST', `/crm/orders/${order['id']}/confirm`, {});
		expect([res.status, res.json.errors[0].extensions.code]).toEqual([409, 'CRM_INSUFFICIENT_STOCK']);
		expect(((await admin.request(readItem('crm_orders', order['id']))) as Row)['status']).toBe('draft');
	});

	test('blocks an order over the credit limit unless a manager overrides with a reason', async () => {
		const reps = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[];
		const c = await customer({ credit_limit: 1000, owner: reps[0]!['id'] });
		const order = await draftOrder(c['id'], [{ product: drill['id'], quantity_milli: 1000 }]);
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const repToken = (await rep.getToken())!;

		const blocked = await http(instance, repToken, 'POST', `/crm/orders/${order['id']}/confirm`, {});
		expect([blocked.status, blocked.json.errors[0].extensions.code, blocked.json.errors[0].extensions.reasons[0].code]).toEqual([409, 'CRM_CREDIT_BLOCKED', 'CREDIT_LIMIT_EXCEEDED']);
		const repOverride = await http(instance, repToken, 'POST', `/crm/orders/${order['id']}/confirm`, { override_reason: 'I promise' });
		expect([repOverride.status, repOverride.json.errors[0].extensions.code]).toEqual([403, 'CRM_OVERRIDE_FORBIDDEN']);

		const manager = await loginAs(instance, 'manager@example.com');
		const ok = await http(instance, (await manager.getToken())!, 'POST', `/crm/orders/${order['id']}/confirm`, { override_reason: 'Prepayment agreed by phone' });
		expect([ok.status, ok.json.data.status, ok.json.data.credit_override_reason]).toEqual([200, 'confirmed', 'Prepayment agreed by phone']);
	});

	test('concurrent confirmations never reserve more than is on hand', async () => {
		const scarce = (await admin.request(createItem('crm_products', { sku: `ORD-X-${Date.now()}`, name: 'Scarce part', kind: 'goods', unit: 'pcs', list_price: 500, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: scarce['id'], min_quantity_milli: 1000, unit_price: 500 }));
		await admin.request(createItem('crm_stock_levels', { product: scarce['id'], warehouse: warehouse['id'], on_hand_milli: 10_000 }));
		const c = await customer();
		const orders = await Promise.all([1, 2, 3, 4].map(() => draftOrder(c['id'], [{ product: scarce['id'], quantity_milli: 4000 }])));

		const results = await Promise.all(orders.map((o) => http(instance, token, 'POST', `/crm/orders/${o['id']}/confirm`, {})));
		const statuses = results.map((r) => r.status).sort();
		expect(statuses).toEqual([200, 200, 409, 409]);
		expect(Number((await stockOf(scarce['id']))['reserved_milli'])).toBe(8000);
	});

	test('concurrent creates get unique, gapless numbers', async () => {
		const c = await customer();
		const created = await Promise.all(Array.from({ length: 8 }, () => http(instance, token, 'POST', '/items/crm_orders', { customer: c['id'], order_date: '2027-01-05', lines: [{ product: drill['id'], quantity_milli: 1000 }] })));
		expect(created.map((r) => r.status)).toEqual(Array(8).fill(200));
		const numbers = created.map((r) => Number(String(r.json.data.number).slice(-6))).sort((a, b) => a - b);
		expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => numbers[0]! + i));
		expect(created[0]!.json.data.number).toMatch(/^SO-2027-/);
	});

	describe('POST /crm/orders for external systems', () => {
		async function post(body: unknown, key?: string) {
			const res = await fetch(`${instance.url}/crm/orders`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) });
			return { status: res.status, replayed: res.headers.get('idempotent-replayed'), json: (await res.json()) as any };
		}

		test('creates a whole order in one call and replays it for the same key and body', async () => {
			const c = await customer();
			const body = { customer: c['id'], order_date: '2026-06-15', lines: [{ product: drill['id'], quantity_milli: 2000 }] };
			const key = `ext-${Date.now()}`;
			const first = await post(body, key);
			expect([first.status, first.json.data.lines.length, String(first.json.data.gross_total)]).toEqual([201, 1, String(4758)]);
			const again = await post(body, key);
			expect([again.status, again.replayed, again.json.data.id]).toEqual([201, 'true', first.json.data.id]);
			expect(await admin.request(readItems('crm_orders', { filter: { customer: { _eq: c['id'] } }, fields: ['id'] }))).toHaveLength(1);
		});

		test('refuses the same key with another body', async () => {
			const c = await customer();
			const key = `ext-mismatch-${Date.now()}`;
			await post({ customer: c['id'], lines: [{ product: drill['id'], quantity_milli: 1000 }] }, key);
			const other = await post({ customer: c['id'], lines: [{ product: drill['id'], quantity_milli: 9000 }] }, key);
			expect([other.status, other.json.errors[0].extensions.code]).toEqual([422, 'CRM_IDEMPOTENCY_MISMATCH']);
		});

		test('a bad line rejects the whole order and frees the key', async () => {
			const c = await customer();
			const key = `ext-bad-${Date.now()}`;
			const bad = await post({ customer: c['id'], lines: [{ product: drill['id'], quantity_milli: 1000 }, { product: drill['id'], quantity_milli: 'lots' }] }, key);
			expect([bad.status, bad.json.errors[0].extensions.code, bad.json.errors[0].extensions.field]).toEqual([400, 'CRM_INVALID_TYPE', 'lines[1].quantity_milli']);
			expect(await admin.request(readItems('crm_orders', { filter: { customer: { _eq: c['id'] } }, fields: ['id'] }))).toEqual([]);
			const retry = await post({ customer: c['id'], lines: [{ product: drill['id'], quantity_milli: 1000 }] }, key);
			expect(retry.status).toBe(201);
			const empty = await post({ customer: c['id'], lines: [] });
			expect([empty.status, empty.json.errors[0].extensions.code]).toEqual([400, 'CRM_REQUIRED_FIELD']);
		});
	});
});
