import { createItem, createItems, readItems } from '@directus/sdk';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
type Answer = { status: number; json: any };

const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
/** A day relative to today, YYYY-MM-DD (UTC, as the server counts days). */
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const ALL_DAY = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ from: '00:00', to: '24:00' }]]));

/*
 * A fresh customer with one of everything a P&L counts, over the 60 days up to yesterday (so that "today" never
 * moves a figure). A unit sells at 100.00 (cost 60.00, VAT 19 %); payment terms 14 days.
 *   order 1 (day −45): 10 units → net 1,000.00, gross 1,190.00; shipped and invoiced day −44 (due −30), paid day −10
 *   order 2 (day −20): 5 units less a manual 10 % → list 500.00, discount 50.00, net 450.00, gross 535.50; shipped and
 *     invoiced day −19 (due −5); one unit credited day −12 (net 90.00, gross 107.10); 428.40 still open
 *   revenue at list 1,500.00 − discounts 50.00 − credit notes 90.00 − cost of goods 900.00
 *   service: 13 min + 7 min at 50.00/h → 10.83 + 5.83 (half up per entry, not 16.67 on the total) + an expense of 23.45 = 40.11
 *   logistics: 2 waybills from our warehouse to our region at 12.50 (the warehouse's own row, 9.00, is less specific) = 25.00
 *   marketing: 100.01 booked on a campaign that addressed this customer and one other → 50.01 to the lower id, 50.00 to the other
 *   payment delay: invoice 1, 1,190.00 for 20 days (−29 … −10) + invoice 2, 428.40 for 4 days (−4 … −1)
 *     = 2,380,000 + 171,360 = 2,551,360 minor-unit-days × 8 % ÷ 365 = 5.5919… → 5.59
 *   profit = 1,500.00 − 50.00 − 90.00 − 900.00 − 40.11 − 25.00 − marketing − 5.59
 */
describe.each(inject('instances'))('customer profitability (P&L, whale curve, drivers) on $name', (instance) => {
	let admin: Client;
	let token: string;
	let reference: Row;
	let ajv: Ajv2020;
	const ids = { customer: '', peer: '', warehouse: '', region: '' };
	let marketingShare = 0;
	const from = day(-60);
	const to = day(-1);

	const call = (path: string, as = token) => http(instance, as, 'GET', path);
	async function ok(res: Promise<Answer>, status = 200): Promise<any> {
		const r = await res;
		expect(r.status, JSON.stringify(r.json)).toBe(status);
		return r.json?.data;
	}
	const post = (path: string, body: unknown, status = 201) => ok(http(instance, token, 'POST', path, body), status);

	/** Fails unless the answer is one the served API reference describes for the route and status. */
	function conforms(route: string, answer: Answer): void {
		const pointer = `#/paths/${route.replaceAll('/', '~1')}/get/responses/${answer.status}/content/application~1json/schema`;
		const validate = ajv.compile({ $ref: `crm-openapi${pointer}` });
		expect(validate(answer.json) ? [] : validate.errors).toEqual([]);
	}

	async function sellAndShip(orderDay: string, units: number, discountBp: number, shipDay: string): Promise<{ order: Row; invoice: Row }> {
		const product = await productId();
		const line = { product, quantity_milli: units * 1000, ...(discountBp ? { discount_bp: discountBp } : {}) };
		const order = await post('/crm/orders', { customer: ids.customer, order_date: orderDay, warehouse: ids.warehouse, lines: [line] });
		await post(`/crm/orders/${order.id}/confirm`, {}, 200);
		await post(`/crm/orders/${order.id}/shipments`, { kind: 'waybill', shipped_on: shipDay });
		return { order, invoice: await post(`/crm/orders/${order.id}/invoices`, { issue_date: shipDay }) };
	}

	let product = '';
	async function productId(): Promise<string> {
		if (product) return product;
		const created = (await admin.request(createItem('crm_products', { sku: `PF-${uid()}`, name: 'Profit pump', kind: 'goods', unit: 'pcs', list_price: 10_000, cost_price: 6_000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: created['id'], min_quantity_milli: 1000, unit_price: 10_000 }));
		await admin.request(createItem('crm_stock_levels', { product: created['id'], warehouse: ids.warehouse, on_hand_milli: 1_000_000 }));
		return (product = String(created['id']));
	}

	async function serviceWork(): Promise<void> {
		const calendar = (await admin.request(createItem('crm_service_calendars', { name: `Profit ${uid()}`, time_zone: 'UTC', weekly_hours: ALL_DAY, holidays: [] }))) as Row;
		const me = (await call('/users/me')).json.data.id;
		const team = (await admin.request(createItem('crm_service_teams', { code: `PF${uid()}`, name: 'Profit desk', calendar: calendar['id'], manager: me, breach_action: 'notify' }))) as Row;
		const specialist = (await admin.request(createItem('crm_service_specialists', { name: `Pat ${uid()}`, team: team['id'], capacity: 50, cost_rate: 5_000, currency: 'EUR', calendar: calendar['id'] }))) as Row;
		const request = await post('/crm/service/requests', { customer: ids.customer, subject: 'Pump hums', description: 'Since the delivery', team: team['id'] });
		const at = (hour: number) => new Date(`${day(-5)}T${String(hour).padStart(2, '0')}:00:00.000Z`).toISOString();
		await admin.request(createItem('crm_service_time_entries', { request: request.id, specialist: specialist['id'], started_at: at(9), duration_minutes: 13 }));
		await admin.request(createItem('crm_service_time_entries', { request: request.id, specialist: specialist['id'], started_at: at(10), duration_minutes: 7 }));
		await admin.request(createItem('crm_service_expenses', { request: request.id, description: 'Gasket', amount: 2_345, currency: 'EUR', incurred_on: day(-5) }));
	}

	async function campaignSpend(): Promise<void> {
		const marketing = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
		await admin.request(createItems('crm_contacts', [ids.customer, ids.peer].map((customer, i) => ({ customer, first_name: `Buyer${i}`, last_name: 'Profit', phone: `+49 30 77${i}`, marketing_consent: true }))));
		const segment = (await admin.request(createItem('crm_market_segments', { code: `PF-${uid()}`, name: 'Profitability test', applies_to: 'customers' }))) as Row;
		await admin.request(createItems('crm_customers_market_segments', [ids.customer, ids.peer].map((c) => ({ crm_customers_id: c, crm_market_segments_id: segment['id'] }))));
		const campaign = await ok(http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `PF-${uid()}`, name: 'Pump days', channel: 'call', status: 'running', segments: { create: [{ crm_market_segments_id: segment['id'] }] } }));
		expect((await ok(http(instance, marketing, 'POST', `/crm/campaigns/${campaign.id}/members`))).added).toBe(2);
		await ok(http(instance, marketing, 'POST', '/items/crm_campaign_spend', { campaign: campaign.id, cost_item: 'agency', amount_base: 10_001, spent_on: day(-30), description: 'Call centre' }));
		// 100.01 among two customers: the extra minor unit goes to the lower id.
		marketingShare = ids.customer < ids.peer ? 5_001 : 5_000;
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		reference = (await http(instance, null, 'GET', '/crm/openapi.json')).json;
		ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats(ajv);
		ajv.addSchema(reference, 'crm-openapi');
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		ids.region = String(((await admin.request(createItem('crm_regions', { code: `PF-${uid()}`, name: `Profit land ${uid()}` }))) as Row)['id']);
		ids.warehouse = String(((await admin.request(createItem('crm_warehouses', { code: `PF-${uid()}`, name: 'Profit warehouse' }))) as Row)['id']);
		ids.customer = String(((await admin.request(createItem('crm_customers', { name: `Profit buyer ${uid()}`, currency: 'EUR', status: 'active', payment_terms_days: 14, region: ids.region, credit_limit: 100_000_000 }))) as Row)['id']);
		ids.peer = String(((await admin.request(createItem('crm_customers', { name: `Profit peer ${uid()}`, currency: 'EUR', status: 'active', owner: rita['id'] }))) as Row)['id']);
		await admin.request(createItems('crm_logistics_costs', [
			{ kind: 'waybill', warehouse: ids.warehouse, region: ids.region, cost_base: 1_250, notes: 'Our truck to our region' },
			{ warehouse: ids.warehouse, cost_base: 900, notes: 'Our warehouse, anywhere' },
		]));
		await ok(http(instance, token, 'PATCH', '/items/crm_profitability_settings', { payment_delay_rate_bp: 800 }));

		const first = await sellAndShip(day(-45), 10, 0, day(-44));
		const second = await sellAndShip(day(-20), 5, 1_000, day(-19));
		expect([first.order, second.order].map((o) => [Number(o.net_total), Number(o.discount_total ?? 0)])).toEqual([[100_000, 0], [45_000, 5_000]]);
		expect([first.invoice, second.invoice].map((i) => [Number(i.gross_total), i.due_date])).toEqual([[119_000, day(-30)], [53_550, day(-5)]]);
		await post('/crm/payments', { customer: ids.customer, amount: 119_000, currency: 'EUR', received_on: day(-10), reference: 'Late but whole', allocations: [{ invoice: first.invoice.id, amount: 119_000 }] });
		const credit = await post(`/crm/invoices/${second.invoice.id}/credit-notes`, { issue_date: day(-12), reason: 'One pump returned', lines: [{ invoice_line: second.invoice.lines[0].id, quantity_milli: 1000 }] });
		expect([Number(credit.net_total), Number(credit.gross_total)]).toEqual([9_000, 10_710]);
		await serviceWork();
		await campaignSpend();
	});

	const expectedTotals = () => {
		const profit = 150_000 - 5_000 - 9_000 - 90_000 - 4_011 - 2_500 - marketingShare - 559;
		return { revenue_at_list: 150_000, discounts: 5_000, net_revenue: 145_000, credit_notes: 9_000, revenue: 136_000, cost_of_goods: 90_000, gross_margin: 46_000, service: 4_011, logistics: 2_500, cost_to_serve: 6_511, marketing: marketingShare, payment_delay: 559, profit };
	};

	test('an administrator gets the P&L line by line, each to the minor unit and explained', async () => {
		const answer = await call(`/crm/customers/${ids.customer}/profitability?from=${from}&to=${to}`);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		conforms('/crm/customers/{id}/profitability', answer);
		const pnl = answer.json.data;
		expect([pnl.customer.id, pnl.currency, pnl.from, pnl.to]).toEqual([ids.customer, 'EUR', from, to]);
		expect(pnl.lines.map((l: Row) => [l['key'], l['amount']])).toEqual([
			['revenue_at_list', 150_000],
			['discounts', -5_000],
			['credit_notes', -9_000],
			['cost_of_goods', -90_000],
			['service', -4_011],
			['logistics', -2_500],
			['marketing', -marketingShare],
			['payment_delay', -559],
		]);
		expect(pnl.totals).toEqual(expectedTotals());
		const why = Object.fromEntries(pnl.lines.map((l: Row) => [l['key'], l['explanation']]));
		expect(why['revenue_at_list']).toContain('2 orders dated in the period');
		expect(why['service']).toContain('20 min of service time in 2 entries at the specialists\' cost rates (16.66 EUR), rounded half up per entry, and 1 expense (23.45 EUR)');
		expect(why['logistics']).toMatch(/^Shipments of the period at the most specific logistics cost that matches each: 2 shipments × 12\.50 EUR \(waybill from PF-\w+ to Profit land \w+\)\.$/);
		expect(why['marketing']).toMatch(/Pump days: 100\.01 EUR among 2 customers → 50\.0[01] EUR/);
		expect(why['payment_delay']).toMatch(/^2 invoices owed past the due day: .* at 8 % a year ÷ 365, rounded half up\. INV-\d{4}-\d{6} \(due .*\), INV-/);
		expect(JSON.stringify(pnl)).not.toMatch(new RegExp(`${ids.warehouse}|${ids.region}`));
	});

	test('the service line is what GET /crm/service/costs counts for the same days', async () => {
		const costs = await ok(call(`/crm/service/costs?customer=${ids.customer}&from=${from}&to=${to}`));
		expect(costs.totals.find((t: Row) => t['currency'] === 'EUR')).toMatchObject({ time_cost: 1_666, expense_cost: 2_345, support_cost: 4_011 });
	});

	test('the all-customers P&L has the customer with the same figures; its whale curve ends at the total profit', async () => {
		const answer = await call(`/crm/profitability?from=${from}&to=${to}&limit=5`);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		conforms('/crm/profitability', answer);
		const all = answer.json.data;
		expect(all.whale_curve.customers).toBe(all.customers);
		expect(all.whale_curve.points.at(-1)).toMatchObject({ rank: all.customers, customers_bp: 10_000, profit: all.totals.profit });
		expect(all.whale_curve.total_profit).toBe(all.totals.profit);
		expect(all.whale_curve.peak.profit).toBe(Math.max(...all.whale_curve.points.map((p: Row) => p['profit'])));
		expect(all.top.length).toBeLessThanOrEqual(5);
		expect(all.drivers.unprofitable).toBe(all.whale_curve.unprofitable);

		const csv = await fetch(`${instance.url}/crm/profitability?from=${from}&to=${to}&format=csv`, { headers: { authorization: `Bearer ${token}` } });
		expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
		const [header, ...rows] = (await csv.text()).trim().split('\r\n').map((r) => r.split(','));
		expect(rows.length).toBe(all.customers);
		const mine = Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[1] === ids.customer)![i]]));
		const money = (minor: number) => (minor / 100).toFixed(2);
		const expected = expectedTotals();
		expect(Object.fromEntries(Object.keys(expected).map((k) => [k, mine[k]]))).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, money(v)])));
		expect(rows.map((r) => Number(r[0]))).toEqual(rows.map((_, i) => i + 1));
	});

	test('a rep sees the P&L of their own customers only; marketing and the service desk none', async () => {
		const rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const refused = await call(`/crm/customers/${ids.customer}/profitability?from=${from}&to=${to}`, rep);
		expect([refused.status, refused.json.errors[0].extensions.code]).toEqual([403, 'CRM_NOT_PERMITTED']);
		const own = await ok(call(`/crm/customers/${ids.peer}/profitability?from=${from}&to=${to}`, rep));
		expect(own.totals.marketing).toBe(10_001 - marketingShare);
		// A rep may not read campaign spend: the share counts, the campaign's spend is not spelled out.
		expect(own.lines.find((l: Row) => l['key'] === 'marketing').explanation).not.toContain('100.01');
		const csv = await (await fetch(`${instance.url}/crm/profitability?from=${from}&to=${to}&format=csv`, { headers: { authorization: `Bearer ${rep}` } })).text();
		expect(csv).toContain(ids.peer);
		expect(csv).not.toContain(ids.customer);

		for (const email of ['marketing@example.com', 'service@example.com']) {
			const other = (await (await loginAs(instance, email)).getToken())!;
			const answer = await call(`/crm/profitability?from=${from}&to=${to}`, other);
			expect([email, answer.status, answer.json.errors[0].extensions.code]).toEqual([email, 403, 'CRM_NOT_PERMITTED']);
			conforms('/crm/profitability', answer);
		}
	});

	test('a bad period is refused with the parameter named', async () => {
		const answer = await call(`/crm/customers/${ids.customer}/profitability?from=${to}&to=${from}`);
		expect([answer.status, answer.json.errors[0].extensions.code, answer.json.errors[0].extensions.parameter]).toEqual([400, 'CRM_INVALID_QUERY', 'from']);
		conforms('/crm/customers/{id}/profitability', answer);
	});
});
