import { createItem, readItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const byProduct = (ids: string[]) => (a: Row, b: Row) => ids.indexOf(a['product']) - ids.indexOf(b['product']);

describe.each(inject('instances'))('discounts and special offers on $name', (instance) => {
	let admin: Client;
	let token: string;
	let warehouse: Row;
	let group: Row;
	let subGroup: Row;
	let customerGroup: Row;
	let saw: Row;
	let blade: Row;
	let service: Row;

	async function product(name: string, price: number, cost: number, extra: Row = {}): Promise<Row> {
		const p = (await admin.request(createItem('crm_products', { sku: `DSC-${uid()}`, name, kind: 'goods', unit: 'pcs', list_price: price, cost_price: cost, vat_rate_bp: 1900, currency: 'EUR', ...extra }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: p['id'], min_quantity_milli: 1000, unit_price: price }));
		if (extra['kind'] !== 'service') await admin.request(createItem('crm_stock_levels', { product: p['id'], warehouse: warehouse['id'], on_hand_milli: 1_000_000 }));
		return p;
	}

	async function customer(extra: Row = {}): Promise<Row> {
		return (await admin.request(createItem('crm_customers', { name: `Discount test ${uid()}`, currency: 'EUR', status: 'active', credit_limit: 100_000_000, ...extra }))) as Row;
	}

	async function rule(body: Row): Promise<Row> {
		const res = await http(instance, token, 'POST', '/items/crm_discount_rules', { code: `R-${uid()}`, name: 'Test rule', ...body });
		expect(res.status, JSON.stringify(res.json)).toBe(200);
		return res.json.data;
	}

	async function order(customerId: string, lines: Row[], extra: Row = {}, as = token): Promise<{ status: number; json: any; order?: Row }> {
		const res = await http(instance, as, 'POST', '/crm/orders', { customer: customerId, order_date: '2026-06-15', warehouse: warehouse['id'], lines, ...extra });
		return res.status === 201 ? { ...res, order: res.json.data } : res;
	}

	async function whatIf(customerId: string, lines: Row[], extra: Row = {}): Promise<Row> {
		const res = await http(instance, token, 'POST', '/crm/pricing/quote', { customer: customerId, date: '2026-06-15', lines, ...extra });
		expect(res.status, JSON.stringify(res.json)).toBe(200);
		return res.json.data;
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `DW-${uid()}`, name: 'Discount warehouse' }))) as Row;
		group = (await admin.request(createItem('crm_product_groups', { code: `DG-${uid()}`, name: 'Power tools' }))) as Row;
		subGroup = (await admin.request(createItem('crm_product_groups', { code: `DS-${uid()}`, name: 'Saws', parent: group['id'] }))) as Row;
		customerGroup = (await admin.request(createItem('crm_customer_groups', { code: `CG-${uid()}`, name: 'Discount club' }))) as Row;
		saw = await product('Circular saw', 10_000, 6_000, { group: subGroup['id'] });
		blade = await product('Saw blade', 2_500, 500, { group: group['id'] });
		service = await product('Sharpening', 4_000, 1_000, { kind: 'service', unit: 'h' });
	});

	test('stacks a product-group rule (sub-groups included) and a customer-group rule, and stores exactly what the what-if endpoint says', async () => {
		const c = await customer({ groups: [{ crm_customer_groups_id: customerGroup['id'] }] });
		await rule({ name: 'Power tools 10 %', effect_kind: 'percent', discount_bp: 1000, priority: 10, product_groups: [{ crm_product_groups_id: group['id'] }] });
		await rule({ name: 'Club 5 %', effect_kind: 'percent', discount_bp: 500, priority: 20, customer_groups: [{ crm_customer_groups_id: customerGroup['id'] }] });
		const lines = [
			{ product: saw['id'], quantity_milli: 2000 },
			{ product: blade['id'], quantity_milli: 3000, discount_bp: 200 },
		];

		const created = await order(c['id'], lines);
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		const stored = created.order!;
		const storedLines = [...stored['lines']].sort(byProduct([saw['id'], blade['id']]));
		// Saw: 200.00 − 10 % = 180.00 − 5 % = 171.00; blade: 75.00 − 7.50 = 67.50 − 3.38 = 64.12 − 2 % manual (1.28) = 62.84.
		expect(storedLines.map((l: Row) => [Number(l['unit_price']), Number(l['list_amount']), Number(l['discount_amount']), Number(l['net_amount'])])).toEqual([
			[10_000, 20_000, 2_900, 17_100],
			[2_500, 7_500, 1_216, 6_284],
		]);

		const what = await whatIf(c['id'], lines);
		expect(what['lines'].map((l: Row) => [l['unit_price'], l['discount_amount'], l['net_amount'], l['vat_amount']])).toEqual(
			storedLines.map((l: Row) => [Number(l['unit_price']), Number(l['discount_amount']), Number(l['net_amount']), Number(l['vat_amount'])]),
		);
		expect([what['list_total'], what['discount_total'], what['net_total'], what['gross_total']]).toEqual([stored['list_total'], stored['discount_total'], stored['net_total'], stored['gross_total']].map(Number));
	});

	test('explains every candidate rule on the line, applied or not, with the reason', async () => {
		const c = await customer();
		const bulk = await rule({ name: 'Bulk blades', effect_kind: 'percent', discount_bp: 1500, min_quantity_milli: 10_000, products: [{ crm_products_id: blade['id'] }] });
		const other = await rule({ name: 'Other currency', effect_kind: 'amount_per_unit', amount: 100, currency: 'USD', products: [{ crm_products_id: blade['id'] }] });
		const created = await order(c['id'], [{ product: blade['id'], quantity_milli: 4000 }]);
		const line = (await admin.request(readItem('crm_order_lines', created.order!['lines'][0]['id']))) as Row;
		const record = typeof line['price_explanation'] === 'string' ? JSON.parse(line['price_explanation']) : line['price_explanation'];
		const outcome = (code: string) => record.trace.find((t: Row) => t.code === code)?.outcome;
		expect([outcome(bulk['code']), outcome(other['code'])]).toEqual(['condition_failed', 'other_currency']);
		expect(record.priceList.at(-1).outcome).toBe('used');
		expect(record.trace.find((t: Row) => t.code === bulk['code']).detail).toMatch(/10/);
	});

	test('refuses prices sent by a client and stores the server price', async () => {
		const c = await customer();
		const refused = await order(c['id'], [{ product: saw['id'], quantity_milli: 1000, unit_price: 1 }]);
		expect([refused.status, refused.json.errors[0].extensions.code, refused.json.errors[0].extensions.field]).toEqual([400, 'CRM_READONLY_FIELD', 'lines[0].unit_price']);
		const alsoRefused = await order(c['id'], [{ product: saw['id'], quantity_milli: 1000, discount_amount: 9000 }]);
		expect([alsoRefused.status, alsoRefused.json.errors[0].extensions.code]).toEqual([400, 'CRM_READONLY_FIELD']);
		const orders = (await admin.request(readItems('crm_orders', { filter: { customer: { _eq: c['id'] } } }))) as Row[];
		expect(orders).toHaveLength(0);
	});

	test('keeps automatic discounts above cost plus the minimum margin', async () => {
		const c = await customer();
		const thin = await product('Thin-margin part', 4_000, 3_000);
		const huge = await rule({ name: 'Clearance 30 %', effect_kind: 'percent', discount_bp: 3000, combination: 'exclusive', priority: 1, products: [{ crm_products_id: thin['id'] }] });
		const created = await order(c['id'], [{ product: thin['id'], quantity_milli: 1000 }]);
		const line = created.order!['lines'][0];
		const policy = (await http(instance, token, 'GET', '/items/crm_pricing_policy')).json.data;
		// 30 % off 40.00 would be 28.00; cost 30.00 plus the policy's minimum margin is the floor.
		const floor = 3_000 + Math.round((3_000 * Number(policy['min_margin_bp'])) / 10_000);
		expect(Number(line['net_amount'])).toBe(Math.max(floor, 2_800));
		const record = typeof line['price_explanation'] === 'string' ? JSON.parse(line['price_explanation']) : line['price_explanation'];
		expect(record.trace.find((t: Row) => t.code === huge['code']).outcome).toBe('margin_floor');
	});

	test('spreads an order-level amount over the lines so that they add up exactly', async () => {
		const c = await customer();
		const part = await product('Plain part', 2_500, 500);
		await rule({ name: 'Ten off', effect_kind: 'order_amount', amount: 1_000, currency: 'EUR', customers: [{ crm_customers_id: c['id'] }] });
		const created = await order(c['id'], [
			{ product: part['id'], quantity_milli: 1000 },
			{ product: part['id'], quantity_milli: 1000 },
			{ product: part['id'], quantity_milli: 1000 },
		]);
		const lines = created.order!['lines'] as Row[];
		expect(lines.map((l) => Number(l['discount_amount'])).sort()).toEqual([333, 333, 334]);
		expect(Number(created.order!['discount_total'])).toBe(1_000);
		expect(lines.reduce((a, l) => a + Number(l['net_amount']), 0)).toBe(7_500 - 1_000);
	});

	test('a single-use code lets exactly one of two concurrent orders through, and a cancelled order gives it back', async () => {
		const offer = (await admin.request(createItem('crm_special_offers', { code: `OF-${uid()}`, name: 'Launch offer', valid_from: '2026-01-01', valid_to: '2026-12-31' }))) as Row;
		const code = `LAUNCH-${uid()}`;
		await admin.request(createItem('crm_promo_codes', { code: code.toLowerCase(), offer: offer['id'], kind: 'single_use' }));
		const gadget = await product('Launch gadget', 10_000, 2_000);
		await rule({ name: 'Launch 20 %', effect_kind: 'percent', discount_bp: 2000, offer: offer['id'], requires_code: true, products: [{ crm_products_id: gadget['id'] }] });
		const [a, b] = await Promise.all([customer(), customer()]);

		const results = await Promise.all([a, b].map((c) => order(c['id'], [{ product: gadget['id'], quantity_milli: 1000 }], { promo_codes: code })));
		expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
		const loser = results.find((r) => r.status === 409)!;
		expect(loser.json.errors[0].extensions.code).toBe('CRM_PROMO_CODE_EXHAUSTED');
		const winner = results.find((r) => r.status === 201)!.order!;
		expect(Number(winner['discount_total'])).toBe(2_000);
		const redemptions = (await admin.request(readItems('crm_discount_redemptions', { filter: { offer: { _eq: offer['id'] }, status: { _eq: 'active' } } }))) as Row[];
		expect(redemptions).toHaveLength(1);

		const counters = async () => {
			const o = (await admin.request(readItem('crm_special_offers', offer['id'], { fields: ['uses_count', 'quantity_used_milli'] }))) as Row;
			const c = ((await admin.request(readItems('crm_promo_codes', { filter: { offer: { _eq: offer['id'] } }, fields: ['code', 'uses_count'] }))) as Row[])[0]!;
			return [Number(o['uses_count']), Number(o['quantity_used_milli']), c['code'], Number(c['uses_count'])];
		};
		expect(await counters()).toEqual([1, 1000, code, 1]);

		const cancelled = await http(instance, token, 'POST', `/crm/orders/${winner['id']}/cancel`, { reason: 'Customer changed their mind' });
		expect(cancelled.status).toBe(200);
		expect(await counters()).toEqual([0, 0, code, 0]);
		const again = await order(winner['customer'], [{ product: gadget['id'], quantity_milli: 1000 }], { promo_codes: code });
		expect([again.status, Number(again.order?.['discount_total'])]).toEqual([201, 2_000]);
	});

	test('deleting a draft order gives its code back, and a refused delete keeps it held', async () => {
		const offer = (await admin.request(createItem('crm_special_offers', { code: `DEL-${uid()}`, name: 'Delete offer' }))) as Row;
		const code = `DEL-${uid()}`;
		await admin.request(createItem('crm_promo_codes', { code, offer: offer['id'], kind: 'single_use' }));
		const widget = await product('Delete widget', 5_000, 1_000);
		await rule({ name: 'Delete 10 %', effect_kind: 'percent', discount_bp: 1000, offer: offer['id'], requires_code: true, products: [{ crm_products_id: widget['id'] }] });
		const reps = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[];
		const c = await customer({ owner: reps[0]!['id'] });
		const held = await order(c['id'], [{ product: widget['id'], quantity_milli: 1000 }], { promo_codes: code });
		expect(held.status, JSON.stringify(held.json)).toBe(201);
		const uses = async () => Number(((await admin.request(readItems('crm_promo_codes', { filter: { code: { _eq: code } }, fields: ['uses_count'] }))) as Row[])[0]!['uses_count']);

		const repToken = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const refused = await http(instance, repToken, 'DELETE', `/items/crm_orders/${held.order!['id']}`);
		expect(refused.status).toBe(403);
		expect(await uses()).toBe(1);
		expect((await order(c['id'], [{ product: widget['id'], quantity_milli: 1000 }], { promo_codes: code })).status).toBe(409);

		const deleted = await http(instance, token, 'DELETE', `/items/crm_orders/${held.order!['id']}`);
		expect(deleted.status).toBe(204);
		expect(await uses()).toBe(0);
		expect((await order(c['id'], [{ product: widget['id'], quantity_milli: 1000 }], { promo_codes: code })).status).toBe(201);
	});

	test('an unknown promo code is refused with its code and nothing is written', async () => {
		const c = await customer();
		const res = await order(c['id'], [{ product: saw['id'], quantity_milli: 1000 }], { promo_codes: 'NO-SUCH-CODE' });
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_PROMO_CODE_INVALID', 'promo_codes']);
		expect((await admin.request(readItems('crm_orders', { filter: { customer: { _eq: c['id'] } } }))) as Row[]).toHaveLength(0);
	});

	test("a rep's manual discount beyond their limit waits for a manager before the order can be confirmed", async () => {
		const reps = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[];
		const c = await customer({ owner: reps[0]!['id'] });
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const repToken = (await rep.getToken())!;

		const created = await order(c['id'], [{ product: service['id'], quantity_milli: 1000, discount_bp: 1500 }], {}, repToken);
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		expect([created.order!['approval_status'], created.order!['lines'][0]['approval_status']]).toEqual(['pending', 'pending']);

		const blocked = await http(instance, repToken, 'POST', `/crm/orders/${created.order!['id']}/confirm`, {});
		expect([blocked.status, blocked.json.errors[0].extensions.code]).toEqual([409, 'CRM_APPROVAL_REQUIRED']);
		const selfApproval = await http(instance, repToken, 'POST', `/crm/orders/${created.order!['id']}/approve-discounts`, {});
		expect([selfApproval.status, selfApproval.json.errors[0].extensions.code]).toEqual([403, 'CRM_APPROVAL_FORBIDDEN']);

		const manager = await loginAs(instance, 'manager@example.com');
		const approved = await http(instance, (await manager.getToken())!, 'POST', `/crm/orders/${created.order!['id']}/approve-discounts`, {});
		expect([approved.status, approved.json.meta.approved, approved.json.data.approval_status]).toEqual([200, 1, 'approved']);
		const confirmed = await http(instance, repToken, 'POST', `/crm/orders/${created.order!['id']}/confirm`, {});
		expect([confirmed.status, confirmed.json.data?.status]).toEqual([200, 'confirmed']);
	});

	test("a user's own approval limit wins over their role's", async () => {
		const reps = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id', 'user'] }))) as Row[];
		const c = await customer({ owner: reps[0]!['id'] });
		const repToken = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const limit = (await admin.request(createItem('crm_discount_limits', { user: reps[0]!['user'], max_discount_bp: 2000 }))) as Row;
		try {
			const created = await order(c['id'], [{ product: service['id'], quantity_milli: 1000, discount_bp: 1500 }], {}, repToken);
			expect([created.status, created.order?.['approval_status'], Number(created.order?.['lines'][0]['discount_limit_bp'])]).toEqual([201, 'not_needed', 2000]);
			const tooMuch = await order(c['id'], [{ product: service['id'], quantity_milli: 1000, discount_bp: 2500 }], {}, repToken);
			expect(tooMuch.order?.['approval_status']).toBe('pending');
		} finally {
			await http(instance, token, 'DELETE', `/items/crm_discount_limits/${limit['id']}`);
		}
	});

	test('invoices and credit notes bill the discounted prices, and partial invoices add up to the order', async () => {
		const c = await customer();
		const kit = await product('Discounted kit', 3_333, 1_000);
		await rule({ name: 'Kit 7 %', effect_kind: 'percent', discount_bp: 700, products: [{ crm_products_id: kit['id'] }] });
		const created = await order(c['id'], [{ product: kit['id'], quantity_milli: 3000 }]);
		const o = created.order!;
		const line = o['lines'][0] as Row;
		expect(Number(line['discount_amount'])).toBe(700);
		expect((await http(instance, token, 'POST', `/crm/orders/${o['id']}/confirm`, {})).status).toBe(200);

		const nets: number[] = [];
		for (const quantity of [1000, 2000]) {
			expect((await http(instance, token, 'POST', `/crm/orders/${o['id']}/shipments`, { lines: [{ order_line: line['id'], quantity_milli: quantity }] })).status).toBe(201);
			const invoice = await http(instance, token, 'POST', `/crm/orders/${o['id']}/invoices`, {});
			expect(invoice.status, JSON.stringify(invoice.json)).toBe(201);
			nets.push(Number(invoice.json.data.net_total));
		}
		// 99.99 list − 7.00 = 92.99: 1 unit bills 33.33 − 2.33, the other 2 units 66.66 − 4.67.
		expect(nets).toEqual([3_100, 6_199]);
		expect(nets[0]! + nets[1]!).toBe(Number(o['net_total']));

		const invoices = (await admin.request(readItems('crm_invoices', { filter: { order: { _eq: o['id'] }, kind: { _eq: 'invoice' } }, fields: ['id', 'lines.id', 'lines.quantity_milli'], sort: ['number'] }))) as Row[];
		const second = invoices[1]!;
		const credit = await http(instance, token, 'POST', `/crm/invoices/${second['id']}/credit-notes`, { lines: [{ invoice_line: second['lines'][0]['id'], quantity_milli: 1000 }], reason: 'One kit returned' });
		expect(credit.status, JSON.stringify(credit.json)).toBe(201);
		// Half of that line: 66.66 − 4.67 credited for 1 of 2 units is 33.33 − 2.34 (half of 4.67, rounded half-up).
		expect(Number(credit.json.data.net_total)).toBe(3_099);
	});

	test('refuses malformed rules, offers and codes with a code naming the field, and stores none of them', async () => {
		const before = ((await admin.request(readItems('crm_discount_rules', { aggregate: { count: '*' } } as never))) as Row[])[0]!['count'];
		const cases: [string, Row, string][] = [
			['crm_discount_rules', { code: `B-${uid()}`, name: 'x', effect_kind: 'percent', discount_bp: 500, combination: 'best_of' }, 'combination_group'],
			['crm_discount_rules', { code: `B-${uid()}`, name: 'x', effect_kind: 'percent', discount_bp: 500, tiers: [{ a: 1 }] }, 'tiers'],
			['crm_discount_rules', { code: `B-${uid()}`, name: 'x', effect_kind: 'percent', discount_bp: 500, weekdays: [9] }, 'weekdays'],
			['crm_discount_rules', { code: `B-${uid()}`, name: 'x', effect_kind: 'amount_per_unit', amount: 100 }, 'currency'],
			['crm_discount_rules', { code: `B-${uid()}`, name: 'x', effect_kind: 'percent', discount_bp: 500, valid_from: '2026-05-01', valid_to: '2026-04-01' }, 'valid_to'],
			['crm_special_offers', { code: `O-${uid()}`, name: 'x', valid_from: '2026-05-01', valid_to: '2026-04-01' }, 'valid_to'],
		];
		const notJson = await http(instance, token, 'POST', '/items/crm_discount_rules', { code: `B-${uid()}`, name: 'x', effect_kind: 'percent', discount_bp: 500, tiers: 'abc' });
		expect([notJson.status, notJson.json.errors[0].extensions.code, notJson.json.errors[0].extensions.field]).toEqual([400, 'CRM_INVALID_TYPE', 'tiers']);
		for (const [collection, body, field] of cases) {
			const res = await http(instance, token, 'POST', `/items/${collection}`, body);
			expect([collection, res.status, res.json.errors?.[0]?.extensions?.code, res.json.errors?.[0]?.extensions?.field]).toEqual([collection, 400, 'CRM_DISCOUNT_RULE_INVALID', field]);
		}
		const after = ((await admin.request(readItems('crm_discount_rules', { aggregate: { count: '*' } } as never))) as Row[])[0]!['count'];
		expect(after).toBe(before);
	});

	test('lists the rules in force on a day, without expired ones', async () => {
		const current = await rule({ name: 'Current', effect_kind: 'percent', discount_bp: 100, valid_from: '2026-01-01', valid_to: '2026-12-31', products: [{ crm_products_id: blade['id'] }] });
		const expired = await rule({ name: 'Expired', effect_kind: 'percent', discount_bp: 100, valid_from: '2025-01-01', valid_to: '2025-12-31', products: [{ crm_products_id: blade['id'] }] });
		const res = await http(instance, token, 'GET', '/crm/pricing/rules?date=2026-06-15');
		const codes = res.json.data.map((r: Row) => r.code);
		expect([codes.includes(current['code']), codes.includes(expired['code'])]).toEqual([true, false]);
		expect(res.json.data.find((r: Row) => r.code === current['code']).summary).toMatch(/1 % off/);
		const bad = await http(instance, token, 'GET', '/crm/pricing/rules?date=tomorrow');
		expect([bad.status, bad.json.errors[0].extensions.code]).toEqual([400, 'CRM_INVALID_QUERY']);
	});

	test('the what-if endpoint validates its input with a code and a field', async () => {
		const c = await customer();
		const cases: [Row, string][] = [
			[{ customer: c['id'], lines: [] }, 'lines'],
			[{ customer: 'x', lines: [{ product: saw['id'] }] }, 'customer'],
			[{ customer: c['id'], lines: [{ product: saw['id'], quantity_milli: 0 }] }, 'lines[0].quantity_milli'],
			[{ customer: c['id'], lines: [{ product: saw['id'], unit_price: 5 }] }, 'lines[0].unit_price'],
			[{ customer: c['id'], date: '2026-02-30', lines: [{ product: saw['id'] }] }, 'date'],
		];
		for (const [body, field] of cases) {
			const res = await http(instance, token, 'POST', '/crm/pricing/quote', body);
			expect([res.status, res.json.errors[0].extensions.field]).toEqual([400, field]);
		}
	});
});
