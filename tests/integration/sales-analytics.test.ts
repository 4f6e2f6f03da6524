import { createItem, readItems, updateItem } from '@directus/sdk';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/*
 * Sales analytics (S1, A1–A3) on a fixture of its own: every figure is asked for the test's own region (or
 * narrower), which no other file's customers are in, so the hand-computed amounts below are exact to the
 * minor unit whatever else the shared instance sells. Base currency EUR; VAT 0 so net = what is priced.
 *
 * Products: Widget (group Tools, 100.00, cost 60.00), Gadget (group Power, under Tools; 50.00, cost 20.00;
 * 55.00 CHF on the Swiss list). Customers, all in the region:
 *   Alpha  — Rita's, channel Direct, group Key accounts, EUR
 *   Beta   — Sam's (a rep of the test), channel Direct, no group, EUR
 *   Gamma  — Rita's, no channel, group Key accounts, CHF at 0.9500
 * Period March 2025 (compared with 29 Jan – 28 Feb 2025, or March 2024):
 *   O1 Alpha 05.03  2 Widget + 1 Gadget = 250.00, cost 140.00
 *   O2 Beta  10.03  1 Widget            = 100.00, cost  60.00
 *   O3 Gamma 12.03  3 Gadget = 165.00 CHF → 156.75 EUR, cost 60.00
 *   (a draft of Alpha's and a cancelled order of Beta's in March do not count)
 *   O6 Alpha 10.02  1 Widget = 100.00, cost 60.00;  O7 Beta 15.02  4 Gadget = 200.00, cost 80.00
 *   O8 Beta 15.03.2024  3 Widget = 300.00, cost 180.00
 */
const MARCH = { from: '2025-03-01', to: '2025-03-31' };

describe.each(inject('instances'))('sales analytics on $name', (instance) => {
	let admin: Client;
	let token: string;
	let rita: string;
	let ritaRep: Row;
	let ajv: Ajv2020;
	let reference: Row;
	const f: Record<string, Row> = {};
	const orders: Record<string, Row> = {};

	const api = (path: string, bearer = token) => http(instance, bearer, 'GET', path);
	const query = (path: string, params: Record<string, string>) => `/crm/analytics/${path}?${new URLSearchParams({ ...MARCH, region: f['region']!['id'], ...params })}`;

	/** Fails unless the answer is one the served API reference describes for the route. */
	function conforms(route: string, answer: { status: number; json: any }): any {
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const pointer = `#/paths/${route.replaceAll('/', '~1')}/get/responses/200/content/application~1json/schema`;
		const validate = ajv.compile({ $ref: `crm-openapi${pointer}` });
		expect(validate(answer.json) ? [] : validate.errors).toEqual([]);
		return answer.json;
	}

	async function order(name: string, customer: string, owner: string, day: string, lines: [string, number][], step: 'confirm' | 'draft' | 'cancel' = 'confirm'): Promise<void> {
		const body = { customer, owner, order_date: day, warehouse: f['warehouse']!['id'], lines: lines.map(([p, n]) => ({ product: f[p]!['id'], quantity_milli: n * 1000 })) };
		const created = await http(instance, token, 'POST', '/crm/orders', body);
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		orders[name] = created.json.data;
		if (step === 'draft') return;
		const confirmed = await http(instance, token, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {});
		expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);
		if (step === 'cancel') expect((await http(instance, token, 'POST', `/crm/orders/${created.json.data.id}/cancel`, { reason: 'Test' })).status).toBe(200);
	}

	async function quote(owner: string, customer: string, issued: string, validUntil: string, then: 'accept' | 'reject' | 'open' | 'expire'): Promise<void> {
		const q = (await admin.request(createItem('crm_quotes', { customer, owner, issue_date: issued, valid_until: validUntil, lines: [{ product: f['widget']!['id'], quantity_milli: 1000 }] }))) as Row;
		expect((await http(instance, token, 'POST', `/crm/quotes/${q['id']}/send`, {})).status).toBe(200);
		if (then === 'accept' || then === 'reject') expect((await http(instance, token, 'POST', `/crm/quotes/${q['id']}/${then}`, {})).status).toBe(200);
	}

	async function reference_data(): Promise<void> {
		const u = uid();
		f['region'] = (await admin.request(createItem('crm_regions', { code: `SA-${u}`, name: `Analytics region ${u}` }))) as Row;
		f['channel'] = (await admin.request(createItem('crm_sales_channels', { code: `SA-${u}`, name: `Direct ${u}`, kind: 'direct' }))) as Row;
		f['group'] = (await admin.request(createItem('crm_customer_groups', { code: `SA-${u}`, name: `Key accounts ${u}` }))) as Row;
		f['tools'] = (await admin.request(createItem('crm_product_groups', { code: `SA-T-${u}`, name: `Tools ${u}` }))) as Row;
		f['power'] = (await admin.request(createItem('crm_product_groups', { code: `SA-P-${u}`, name: `Power ${u}`, parent: f['tools']!['id'] }))) as Row;
		f['warehouse'] = (await admin.request(createItem('crm_warehouses', { code: `SA-${u}`, name: 'Analytics warehouse' }))) as Row;
		f['sam'] = (await admin.request(createItem('crm_sales_reps', { name: `Sam Sales ${u}`, email: `sam.${u.toLowerCase()}@example.com` }))) as Row;
		// Lists of their own without validity dates: the demo's base list starts in 2025, the fixture sells in 2024 too.
		f['euro'] = (await admin.request(createItem('crm_price_lists', { code: `SA-EUR-${u}`, name: 'Analytics prices', kind: 'customer', currency: 'EUR' }))) as Row;
		f['swiss'] = (await admin.request(createItem('crm_price_lists', { code: `SA-CHF-${u}`, name: 'Analytics Swiss prices', kind: 'customer', currency: 'CHF' }))) as Row;
		const rates = (await admin.request(readItems('crm_exchange_rates', { filter: { currency: { _eq: 'CHF' }, rate_date: { _eq: '2025-03-09' } } }))) as Row[];
		if (rates.length === 0) await admin.request(createItem('crm_exchange_rates', { currency: 'CHF', rate_date: '2025-03-09', rate: '0.9500' }));
	}

	async function products(): Promise<void> {
		for (const [key, name, price, cost, group] of [['widget', 'Widget', 10_000, 6_000, 'tools'], ['gadget', 'Gadget', 5_000, 2_000, 'power']] as const) {
			f[key] = (await admin.request(createItem('crm_products', { sku: `SA-${key}-${uid()}`, name, kind: 'goods', unit: 'pcs', list_price: price, cost_price: cost, vat_rate_bp: 0, currency: 'EUR', group: f[group]!['id'] }))) as Row;
			await admin.request(createItem('crm_price_list_items', { price_list: f['euro']!['id'], product: f[key]!['id'], min_quantity_milli: 1000, unit_price: price }));
			await admin.request(createItem('crm_stock_levels', { product: f[key]!['id'], warehouse: f['warehouse']!['id'], on_hand_milli: 1_000_000 }));
		}
		await admin.request(createItem('crm_price_list_items', { price_list: f['swiss']!['id'], product: f['gadget']!['id'], min_quantity_milli: 1000, unit_price: 5_500 }));
	}

	async function customers(): Promise<void> {
		const customer = (name: string, owner: string, extra: Row) => admin.request(createItem('crm_customers', { name: `${name} ${uid()}`, status: 'active', currency: 'EUR', credit_limit: 1_000_000_000, region: f['region']!['id'], owner, ...extra })) as Promise<Row>;
		f['alpha'] = await customer('Alpha', ritaRep['id'], { sales_channel: f['channel']!['id'], price_list: f['euro']!['id'] });
		f['beta'] = await customer('Beta', f['sam']!['id'], { sales_channel: f['channel']!['id'], price_list: f['euro']!['id'] });
		f['gamma'] = await customer('Gamma', ritaRep['id'], { currency: 'CHF', price_list: f['swiss']!['id'] });
		for (const c of ['alpha', 'gamma']) await admin.request(createItem('crm_customers_customer_groups', { crm_customers_id: f[c]!['id'], crm_customer_groups_id: f['group']!['id'] }));
	}

	async function salesFacts(): Promise<void> {
		const [alpha, beta, gamma, sam, r] = [f['alpha']!['id'], f['beta']!['id'], f['gamma']!['id'], f['sam']!['id'], ritaRep['id']];
		await order('O1', alpha, r, '2025-03-05', [['widget', 2], ['gadget', 1]]);
		await order('O2', beta, sam, '2025-03-10', [['widget', 1]]);
		await order('O3', gamma, r, '2025-03-12', [['gadget', 3]]);
		await order('O4', alpha, r, '2025-03-20', [['widget', 5]], 'draft');
		await order('O5', beta, sam, '2025-03-25', [['widget', 7]], 'cancel');
		await order('O6', alpha, r, '2025-02-10', [['widget', 1]]);
		await order('O7', beta, sam, '2025-02-15', [['gadget', 4]]);
		await order('O8', beta, sam, '2024-03-15', [['widget', 3]]);
		// Rita's proposals: issued in March, one each accepted, rejected, expired (its validity ended in 2025) and open; one rejected in February.
		for (const [issued, until, then] of [['2025-03-03', '2099-12-31', 'accept'], ['2025-03-04', '2099-12-31', 'reject'], ['2025-03-06', '2025-04-05', 'expire'], ['2025-03-07', '2099-12-31', 'open'], ['2025-02-12', '2099-12-31', 'reject']] as const) await quote(r, alpha, issued, until, then);
		// Rita's activities: four in March, one in February (plus the CRM's own system entries, which are not activities).
		for (const at of ['2025-03-02T09:00:00Z', '2025-03-09T10:00:00Z', '2025-03-15T11:00:00Z', '2025-03-31T16:00:00Z', '2025-02-20T12:00:00Z']) {
			await admin.request(createItem('crm_interactions', { type: at.startsWith('2025-03-15') ? 'meeting' : 'call', direction: 'outbound', occurred_at: at, customer: alpha, rep: r, subject: 'Analytics test call' }));
		}
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		rita = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		ritaRep = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id', 'name'] }))) as Row[])[0]!;
		reference = (await http(instance, null, 'GET', '/crm/openapi.json')).json;
		ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats(ajv);
		ajv.addSchema(reference, 'crm-openapi');
		await reference_data();
		await products();
		await customers();
		await salesFacts();
		// Wait for the expiry job (every 2 s in tests) to expire the proposal whose validity ended.
		const expired = async () => ((await admin.request(readItems('crm_quotes', { filter: { customer: { _eq: f['alpha']!['id'] }, status: { _eq: 'expired' } }, fields: ['id'] }))) as Row[]).length;
		for (let waited = 0; (await expired()) === 0 && waited < 20_000; waited += 500) await new Promise((r) => setTimeout(r, 500));
	}, 240_000);

	test('the orders are priced in the base currency as the fixture says (CHF at 0.9500, half-even)', async () => {
		const rows = (await admin.request(readItems('crm_orders', { filter: { id: { _in: ['O1', 'O2', 'O3'].map((o) => orders[o]!['id']) } }, fields: ['number', 'net_total', 'currency', 'net_total_base', 'cost_total_base'], sort: ['order_date'] }))) as Row[];
		expect(rows.map((r) => [r['currency'], Number(r['net_total']), Number(r['net_total_base']), Number(r['cost_total_base'])])).toEqual([
			['EUR', 25_000, 25_000, 14_000],
			['EUR', 10_000, 10_000, 6_000],
			['CHF', 16_500, 15_675, 6_000],
		]);
	});

	test('sales by sales channel: exact totals, rows and changes against the previous period', async () => {
		const answer = conforms('/crm/analytics/sales', await api(query('sales', { by: 'sales_channel' })));
		const { data, meta } = answer;
		expect(data).toMatchObject({ by: 'sales_channel', from: '2025-03-01', to: '2025-03-31', currency: 'EUR', compare: 'previous', comparison: { from: '2025-01-29', to: '2025-02-28' }, filters: { region: [f['region']!['id']] } });
		expect(data.totals).toEqual({
			revenue: 50_675, cost: 26_000, margin: 24_675, margin_bp: 4_869, orders: 3, customers: 3, avg_order: 16_892,
			previous: { revenue: 30_000, cost: 14_000, margin: 16_000, margin_bp: 5_333, orders: 2, customers: 2, avg_order: 15_000 },
			change: { revenue: 20_675, margin: 8_675, margin_bp: -464, orders: 1, customers: 1, avg_order: 1_892 },
			growth_bp: { revenue: 6_892, margin: 5_422, orders: 5_000, customers: 5_000, avg_order: 1_261 },
		});
		expect(data.rows.map((r: Row) => [r.key, r.name, r.revenue, r.cost, r.orders, r.customers, r.previous.revenue, r.previous.orders])).toEqual([
			[f['channel']!['id'], f['channel']!['name'], 35_000, 20_000, 2, 2, 30_000, 2],
			[null, 'No sales channel', 15_675, 6_000, 1, 1, 0, 0],
		]);
		expect(meta).toEqual({ rows: 2, limit: 100 });
	});

	test('by rep, customer group and customer; same period last year', async () => {
		const by = async (dimension: string, extra: Record<string, string> = {}) => conforms('/crm/analytics/sales', await api(query('sales', { by: dimension, ...extra }))).data;
		expect((await by('rep')).rows.map((r: Row) => [r.name, r.revenue, r.margin, r.avg_order, r.previous.revenue])).toEqual([
			[ritaRep['name'], 40_675, 20_675, 20_338, 10_000],
			[f['sam']!['name'], 10_000, 4_000, 10_000, 20_000],
		]);
		// A customer in a group counts in it; one in none under "No customer group".
		expect((await by('customer_group')).rows.map((r: Row) => [r.name, r.revenue, r.orders, r.customers])).toEqual([
			[f['group']!['name'], 40_675, 2, 2],
			['No customer group', 10_000, 1, 1],
		]);
		expect((await by('customer')).rows.map((r: Row) => [r.name, r.revenue])).toEqual([
			[f['alpha']!['name'], 25_000],
			[f['gamma']!['name'], 15_675],
			[f['beta']!['name'], 10_000],
		]);
		const lastYear = await by('month', { compare: 'last_year' });
		expect(lastYear.comparison).toEqual({ from: '2024-03-01', to: '2024-03-31' });
		expect(lastYear.rows.map((r: Row) => [r.key, r.previous_month, r.revenue, r.previous.revenue, r.previous.margin, r.growth_bp.revenue])).toEqual([['2025-03', '2024-03', 50_675, 30_000, 12_000, 6_892]]);
		expect((await by('region', { compare: 'none' })).totals).toMatchObject({ revenue: 50_675, previous: null, change: null, growth_bp: null });
	});

	test('by product group, a level of the tree at a time, from the order lines', async () => {
		const top = conforms('/crm/analytics/sales', await api(query('sales', { by: 'product_group' }))).data;
		expect(top.rows.map((r: Row) => [r.key, r.name, r.has_children, r.revenue, r.cost, r.orders, r.customers, r.previous.revenue])).toEqual([[f['tools']!['id'], f['tools']!['name'], true, 50_675, 26_000, 3, 3, 30_000]]);
		const inside = conforms('/crm/analytics/sales', await api(query('sales', { by: 'product_group', product_group: f['tools']!['id'] }))).data;
		expect(inside.product_group_parent).toBe(f['tools']!['id']);
		expect(inside.rows.map((r: Row) => [r.key, r.name, r.has_children, r.revenue, r.cost, r.orders, r.customers, r.previous.revenue])).toEqual([
			[null, `Directly in ${f['tools']!['name']}`, false, 30_000, 18_000, 2, 2, 10_000],
			[f['power']!['id'], f['power']!['name'], false, 20_675, 8_000, 2, 2, 20_000],
		]);
		// A product-group filter takes the group's subgroups too: Power's lines alone.
		const power = conforms('/crm/analytics/sales', await api(query('sales', { by: 'product', product_group: f['power']!['id'] }))).data;
		expect([power.totals.revenue, power.rows.map((r: Row) => [r.name, r.revenue, r.orders])]).toEqual([20_675, [[`Gadget (${f['gadget']!['sku']})`, 20_675, 2]]]);
	});

	test('top movers by customer and by product', async () => {
		const byCustomer = conforms('/crm/analytics/movers', await api(query('movers', { by: 'customer' }))).data;
		expect(byCustomer.gains.map((m: Row) => [m.name, m.revenue, m.previous_revenue, m.change, m.growth_bp])).toEqual([
			[f['gamma']!['name'], 15_675, 0, 15_675, null],
			[f['alpha']!['name'], 25_000, 10_000, 15_000, 15_000],
		]);
		expect(byCustomer.losses.map((m: Row) => [m.name, m.change, m.growth_bp, m.margin, m.previous_margin])).toEqual([[f['beta']!['name'], -10_000, -5_000, 4_000, 12_000]]);
		const byProduct = conforms('/crm/analytics/movers', await api(query('movers', { by: 'product', limit: '1' }))).data;
		expect([byProduct.gains.map((m: Row) => [m.key, m.change]), byProduct.losses]).toEqual([[[f['widget']!['id'], 20_000]], []]);
	});

	test('drill-down: the orders behind a figure, newest first, paged, with names and amounts in the base currency', async () => {
		const page = conforms('/crm/analytics/documents', await api(query('documents', { limit: '2' })));
		expect(page.data.map((d: Row) => [d.number, d.order_date, d.customer.name, d.rep?.name, d.currency, d.net_total, d.net_base, d.cost_base, d.margin_base])).toEqual([
			[orders['O3']!['number'], '2025-03-12', f['gamma']!['name'], ritaRep['name'], 'CHF', 16_500, 15_675, 6_000, 9_675],
			[orders['O2']!['number'], '2025-03-10', f['beta']!['name'], f['sam']!['name'], 'EUR', 10_000, 10_000, 6_000, 4_000],
		]);
		expect(page.meta).toMatchObject({ page: 1, limit: 2, total: 3, has_more: true, totals: { revenue: 50_675, margin: 24_675, orders: 3 } });
		const second = conforms('/crm/analytics/documents', await api(query('documents', { limit: '2', page: '2' })));
		expect([second.data.map((d: Row) => d.id), second.meta.has_more]).toEqual([[orders['O1']!['id']], false]);
		// Behind the Power figure: the share of Gadget lines only.
		const power = conforms('/crm/analytics/documents', await api(query('documents', { product_group: f['power']!['id'] })));
		expect(power.data.map((d: Row) => [d.id, d.net_base, d.cost_base])).toEqual([[orders['O3']!['id'], 15_675, 6_000], [orders['O1']!['id'], 5_000, 2_000]]);
	});

	test('the rep leaderboard: sales, proposals and conversion, activities per order won', async () => {
		const { data } = conforms('/crm/analytics/reps', await api(query('reps', {})));
		const [first, second] = data.rows as Row[];
		expect(first).toMatchObject({
			rep: ritaRep['id'], name: ritaRep['name'], revenue: 40_675, margin: 20_675, orders: 2, customers: 2, avg_order: 20_338,
			proposals: { accepted: 1, rejected: 1, expired: 1, open: 1 }, conversion_bp: 3_333, activities: 4, activities_per_order_milli: 2_000,
			previous: { revenue: 10_000, orders: 1, proposals: { accepted: 0, rejected: 1, expired: 0, open: 0 }, conversion_bp: 0, activities: 1, activities_per_order_milli: 1_000 },
			change: { revenue: 30_675, conversion_bp: 3_333, activities: 3 },
			growth_bp: { revenue: 30_675, activities: 30_000 },
		});
		expect(second).toMatchObject({ rep: f['sam']!['id'], revenue: 10_000, proposals: { accepted: 0, rejected: 0, expired: 0, open: 0 }, conversion_bp: null, activities: 0, activities_per_order_milli: 0 });
		expect(data.rows).toHaveLength(2);
	});

	test('CSV: the table as a file, amounts with a dot, percentages as numbers', async () => {
		const res = await fetch(instance.url + query('sales', { by: 'sales_channel', format: 'csv' }), { headers: { authorization: `Bearer ${token}` } });
		expect([res.status, res.headers.get('content-type'), res.headers.get('content-disposition')]).toEqual([200, 'text/csv; charset=utf-8', 'attachment; filename="sales-by-sales_channel-2025-03-01-2025-03-31.csv"']);
		expect(await res.text()).toBe(
			'name,revenue,cost,margin,margin_pct,orders,customers,avg_order,previous_revenue,previous_cost,previous_margin,previous_margin_pct,previous_orders,previous_customers,previous_avg_order,revenue_growth_pct,margin_growth_pct,currency\r\n' +
				`${f['channel']!['name']},350.00,200.00,150.00,42.86,2,2,175.00,300.00,140.00,160.00,53.33,2,2,150.00,16.67,-6.25,EUR\r\n` +
				'No sales channel,156.75,60.00,96.75,61.72,1,1,156.75,0.00,0.00,0.00,,0,0,,,,EUR\r\n' +
				'Total,506.75,260.00,246.75,48.69,3,3,168.92,300.00,140.00,160.00,53.33,2,2,150.00,68.92,54.22,EUR\r\n',
		);
		const orderList = await fetch(instance.url + query('documents', { format: 'csv' }), { headers: { authorization: `Bearer ${token}` } });
		expect((await orderList.text()).split('\r\n')[1]).toBe(`${orders['O3']!['number']},2025-03-12,${f['gamma']!['name']},${ritaRep['name']},confirmed,CHF,165.00,156.75,60.00,96.75,EUR`);
	});

	test('a rep gets only what she may read: her customers\' orders, enforced in the query', async () => {
		const own = conforms('/crm/analytics/sales', await api(query('sales', { by: 'customer' }), rita)).data;
		expect([own.totals.revenue, own.totals.orders, own.rows.map((r: Row) => r.key)]).toEqual([40_675, 2, [f['alpha']!['id'], f['gamma']!['id']]]);
		const reps = conforms('/crm/analytics/reps', await api(query('reps', {}), rita)).data;
		expect(reps.rows.map((r: Row) => [r.rep, r.revenue, r.conversion_bp, r.activities])).toEqual([[ritaRep['id'], 40_675, 3_333, 4]]);
		const movers = conforms('/crm/analytics/movers', await api(query('movers', { by: 'customer' }), rita)).data;
		expect([movers.gains.map((m: Row) => m.key), movers.losses]).toEqual([[f['gamma']!['id'], f['alpha']!['id']], []]);
		const documents = conforms('/crm/analytics/documents', await api(query('documents', {}), rita));
		expect([documents.meta.total, documents.data.map((d: Row) => d.id)]).toEqual([2, [orders['O3']!['id'], orders['O1']!['id']]]);
		// Beta is Sam's: filtering on it gives Rita nothing, not Sam's figures.
		const beta = conforms('/crm/analytics/sales', await api(query('sales', { by: 'rep', customer: f['beta']!['id'] }), rita)).data;
		expect([beta.totals.revenue, beta.rows]).toEqual([0, []]);
	});

	test('a rep\'s totals over everything she may read equal what Directus\' own aggregate gives her; an administrator sees more', async () => {
		const to = new Date().toISOString().slice(0, 10);
		const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
		const filter = JSON.stringify({ status: { _nin: ['draft', 'cancelled'] }, order_date: { _between: [from, to] } });
		const totalsOf = async (bearer: string) => (await api(`/crm/analytics/sales?${new URLSearchParams({ by: 'rep', from, to, compare: 'none' })}`, bearer)).json.data.totals;
		const directusOf = async (bearer: string) => (await api(`/items/crm_orders?${new URLSearchParams({ 'aggregate[sum]': 'net_total_base,cost_total_base', 'aggregate[count]': '*', 'aggregate[countDistinct]': 'customer', filter })}`, bearer)).json.data[0];
		const [mine, directus] = [await totalsOf(rita), await directusOf(rita)];
		expect(mine.orders).toBeGreaterThan(0);
		expect([mine.revenue, mine.cost, mine.orders, mine.customers]).toEqual([Number(directus.sum.net_total_base), Number(directus.sum.cost_total_base ?? 0), Number(directus.count), Number(directus.countDistinct.customer)]);
		const [all, allDirectus] = [await totalsOf(token), await directusOf(token)];
		expect([all.revenue, all.orders]).toEqual([Number(allDirectus.sum.net_total_base), Number(allDirectus.count)]);
		expect(all.orders).toBeGreaterThan(mine.orders);
	});

	test('bad questions are refused with the parameter named; a caller who may not read the base amounts is refused', async () => {
		for (const [params, parameter] of [[{ by: 'colour' }, 'by'], [{ from: '2025-13-01' }, 'from'], [{ region: 'north' }, 'region'], [{ limit: '5000' }, 'limit']] as const) {
			const res = await api(query('sales', params));
			expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.parameter]).toEqual([400, 'CRM_INVALID_QUERY', parameter]);
		}
		const moversWithout = await api(query('movers', { compare: 'none' }));
		expect([moversWithout.status, moversWithout.json.errors[0].extensions.parameter]).toEqual([400, 'compare']);
		// A portal customer reads their orders without the base amounts and costs: the figures are refused, not made of what they may not see.
		const portal = (await (await loginAs(instance, 'portal@example.com')).getToken())!;
		const refused = await api(query('sales', { by: 'region' }), portal);
		expect([refused.status, refused.json.errors[0].extensions.code]).toEqual([403, 'CRM_NOT_PERMITTED']);
	});

	test('a kept answer lasts only until the data changes: a new order through the CRM\'s routes, a customer changed through Directus', async () => {
		const byChannel = async () => conforms('/crm/analytics/sales', await api(query('sales', { by: 'sales_channel' }))).data;
		const direct = (answer: Row) => answer.rows.find((r: Row) => r.key === f['channel']!['id'])?.revenue ?? 0;
		const before = await byChannel();
		expect([before.totals.revenue, direct(before), (await byChannel()).totals.revenue]).toEqual([50_675, 35_000, 50_675]);
		await order('O9', f['alpha']!['id'], ritaRep['id'], '2025-03-20', [['widget', 1]]);
		const withOrder = await byChannel();
		expect([withOrder.totals.revenue, direct(withOrder)]).toEqual([60_675, 45_000]);
		await admin.request(updateItem('crm_customers', f['beta']!['id'], { sales_channel: null }));
		expect(direct(await byChannel())).toBe(35_000);
		await admin.request(updateItem('crm_customers', f['beta']!['id'], { sales_channel: f['channel']!['id'] }));
		expect((await http(instance, token, 'POST', `/crm/orders/${orders['O9']!['id']}/cancel`, { reason: 'Test' })).status).toBe(200);
		const after = await byChannel();
		expect([after.totals.revenue, direct(after)]).toEqual([50_675, 35_000]);
	});
});
