import { createItem, readItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/** The 10th of the month `back` months before this one (today for this month): one order per month. */
function monthDay(back: number): string {
	const now = new Date();
	if (back === 0) return now.toISOString().slice(0, 10);
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 10)).toISOString().slice(0, 10);
}

/*
 * The classification runs over every customer of the shared test instance, so its customers buy at a scale
 * that dwarfs what other test files sell (a unit costs 100,000,000.00): their classes are exact whatever runs
 * beside them. Net revenue in the window, a unit at 100,000,000.00 (cost 60,000,000.00):
 *   Steady:  10 units in each of the last four months → 4 × 1,000,000,000.00, margin 40 % → A, A, X
 *   Burst:   30 units this month → 3,000,000,000.00 → A, A, too new for XYZ
 *   Small:    5 units this month →   500,000,000.00 → B (93 % of the total before it), B
 * Rules: "A × X and margin ≥ 20 % → key account, category KEY-AX"; then "A → category STRATEGIC".
 */
describe.each(inject('instances'))('customer classification (ABC, XYZ, RFM, rules, history) on $name', (instance) => {
	let admin: Client;
	let token: string;
	let product: Row;
	let warehouse: Row;
	const ids: Record<'steady' | 'burst' | 'small', string> = { steady: '', burst: '', small: '' };
	let firstRun: Row;

	async function order(customer: string, day: string, units: number): Promise<number> {
		const created = await http(instance, token, 'POST', '/crm/orders', { customer, order_date: day, warehouse: warehouse['id'], lines: [{ product: product['id'], quantity_milli: units * 1000 }] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		const confirmed = await http(instance, token, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {});
		expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);
		return Number(created.json.data.net_total);
	}
	// Big integers come back as text on PostgreSQL.
	async function classesOf(id: string): Promise<Row> {
		const row = (await admin.request(readItem('crm_customers', id, { fields: ['abc_revenue', 'abc_margin', 'xyz', 'rfm', 'category', 'status', 'class_rule', 'class_revenue_base', 'class_margin_base'] }))) as Row;
		return { ...row, class_revenue_base: Number(row['class_revenue_base']), class_margin_base: Number(row['class_margin_base']) };
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `CL-${uid()}`, name: 'Classification warehouse' }))) as Row;
		product = (await admin.request(createItem('crm_products', { sku: `CL-${uid()}`, name: 'Turbine', kind: 'goods', unit: 'pcs', list_price: 10_000_000_000, cost_price: 6_000_000_000, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 10_000_000_000 }));
		await admin.request(createItem('crm_stock_levels', { product: product['id'], warehouse: warehouse['id'], on_hand_milli: 1_000_000_000 }));
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
			ids[key] = ((await admin.request(createItem('crm_customers', { name: `Class ${key} ${uid()}`, currency: 'EUR', status: 'active', credit_limit: 100_000_000_000_000, owner: key === 'steady' ? rita['id'] : null }))) as Row)['id'];
		}
		for (const back of [3, 2, 1, 0]) expect(await order(ids.steady, monthDay(back), 10)).toBe(100_000_000_000);
		expect(await order(ids.burst, monthDay(0), 30)).toBe(300_000_000_000);
		expect(await order(ids.small, monthDay(0), 5)).toBe(50_000_000_000);
		// Revenue and cost in the base currency are fixed on the order and its lines when it is priced.
		const [priced] = (await admin.request(readItems('crm_orders', { filter: { customer: { _eq: ids.small } }, fields: ['net_total_base', 'cost_total_base', 'lines.net_amount_base', 'lines.cost_base'] }))) as Row[];
		expect([priced!['net_total_base'], priced!['cost_total_base'], priced!['lines'][0].net_amount_base, priced!['lines'][0].cost_base].map(Number)).toEqual([50_000_000_000, 30_000_000_000, 50_000_000_000, 30_000_000_000]);
		await admin.request(createItem('crm_classification_rules', { name: `Key A×X ${uid()}`, sort: 1, abc_revenue: ['A'], xyz: ['X'], min_margin_bp: 2000, category: 'KEY-AX', status: 'key' }));
		await admin.request(createItem('crm_classification_rules', { name: `Strategic A ${uid()}`, sort: 2, abc_revenue: ['A'], category: 'STRATEGIC' }));
	});

	test('a manager runs it: ABC by revenue and margin, XYZ by steadiness, RFM, and the first matching rule sets category and status', async () => {
		const manager = (await (await loginAs(instance, 'manager@example.com')).getToken())!;
		const ran = await http(instance, manager, 'POST', '/crm/classification/runs');
		expect(ran.status, JSON.stringify(ran.json)).toBe(200);
		firstRun = ran.json.data;
		expect(firstRun['customers']).toBeGreaterThanOrEqual(3);
		const steady = await classesOf(ids.steady);
		expect(steady).toMatchObject({ abc_revenue: 'A', abc_margin: 'A', xyz: 'X', category: 'KEY-AX', status: 'key', class_revenue_base: 400_000_000_000, class_margin_base: 160_000_000_000 });
		expect(steady['rfm']).toMatch(/^[1-5][1-5]5$/);
		expect(await classesOf(ids.burst)).toMatchObject({ abc_revenue: 'A', abc_margin: 'A', xyz: null, category: 'STRATEGIC', status: 'active', class_revenue_base: 300_000_000_000, class_margin_base: 120_000_000_000 });
		expect(await classesOf(ids.small)).toMatchObject({ abc_revenue: 'B', abc_margin: 'B', xyz: null, category: null, status: 'active', class_rule: null, class_revenue_base: 50_000_000_000 });
	});

	test('the history keeps who moved where: a second run after a large order moves Small from B to A and Burst from A to B', async () => {
		await order(ids.small, monthDay(0), 100);
		const ran = await http(instance, token, 'POST', '/crm/classification/runs');
		expect(ran.status, JSON.stringify(ran.json)).toBe(200);
		const history = (await admin.request(readItems('crm_customer_class_changes', { filter: { customer: { _in: [ids.small, ids.burst] } }, fields: ['run', 'customer', 'from_abc_revenue', 'to_abc_revenue', 'from_category', 'to_category', 'class_moved'], sort: ['changed_at'], limit: -1 }))) as Row[];
		const runName = new Map([[firstRun['run'], 'first'], [ran.json.data.run, 'second']]);
		const of = (id: string) => history.filter((h) => h['customer'] === id).map((h) => [runName.get(h['run']) ?? 'other', h['from_abc_revenue'], h['to_abc_revenue'], h['to_category'], h['class_moved']]);
		expect(of(ids.small)).toEqual([['first', null, 'B', null, true], ['second', 'B', 'A', 'STRATEGIC', true]]);
		// No rule matches a B any more: the category it was given stays.
		expect(of(ids.burst)).toEqual([['first', null, 'A', 'STRATEGIC', true], ['second', 'A', 'B', 'STRATEGIC', true]]);
		const overview = await http(instance, token, 'GET', '/crm/classification/overview');
		expect(overview.json.data.last_run).toMatchObject({ id: ran.json.data.run, trigger: 'manual' });
		expect(overview.json.data.matrix).toEqual(expect.arrayContaining([expect.objectContaining({ abc: 'A', xyz: 'X' }), expect.objectContaining({ abc: 'C' })]));
		expect(overview.json.data.movements).toEqual(expect.arrayContaining([{ from: 'B', to: 'A', customers: expect.any(Number) }, { from: 'A', to: 'B', customers: expect.any(Number) }]));
		expect({ ...overview.json.data.moved[0], revenue_base: Number(overview.json.data.moved[0].revenue_base) }).toMatchObject({ customer: ids.small, from_abc: 'B', to_abc: 'A', revenue_base: 1_050_000_000_000 });
	});

	test('a rep sees the classes of their own customers only, and may not run the classification', async () => {
		const rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const refused = await http(instance, rep, 'POST', '/crm/classification/runs');
		expect([refused.status, refused.json.errors[0].extensions.code]).toEqual([403, 'CRM_NOT_PERMITTED']);
		const own = await http(instance, rep, 'GET', '/crm/classification/overview');
		expect(own.status, JSON.stringify(own.json)).toBe(200);
		const readable = await http(instance, rep, 'GET', '/items/crm_customers?aggregate[count]=*');
		const counted = (own.json.data.matrix as Row[]).reduce((n, cell) => n + cell['customers'], 0);
		expect(counted).toBe(Number(readable.json.data[0].count));
		expect((own.json.data.moved as Row[]).map((m) => m['customer'])).not.toContain(ids.small);
		const changes = await http(instance, rep, 'GET', `/items/crm_customer_class_changes?filter[customer][_eq]=${ids.small}`);
		expect(changes.json.data).toEqual([]);
	});

	test('classes are the CRM\'s: a client may not set them, nor write the history', async () => {
		const set = await http(instance, token, 'PATCH', `/items/crm_customers/${ids.small}`, { abc_revenue: 'C' });
		expect([set.status, set.json.errors[0].extensions.code]).toEqual([400, 'CRM_READONLY_FIELD']);
		const forged = await http(instance, token, 'POST', '/items/crm_customer_class_changes', { customer: ids.small, run: firstRun['run'] });
		expect(forged.status).toBeGreaterThanOrEqual(400);
		expect(forged.status).toBeLessThan(500);
		const badRule = await http(instance, token, 'POST', '/items/crm_classification_rules', { name: 'Bad', min_rfm_score: 20 });
		expect(badRule.status).toBe(400);
		await admin.request(updateItem('crm_customers', ids.small, { notes: 'still editable' }));
	});
});
