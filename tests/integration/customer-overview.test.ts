import { createItem, readItem, readItems } from '@directus/sdk';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { addDays, salesWindow } from '../../packages/crm-core/src/index.ts';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';
import { dataOf, issueInvoices } from '../support/issue-invoices.ts';

type Row = Record<string, any>;

const uid = () => Math.random().toString(36).slice(2, 8);
const today = () => new Date().toISOString().slice(0, 10);

/*
 * The customer card (A5.2) over HTTP: one customer of Rita's with two contacts (one inactive), an order of
 * 100.00 EUR invoiced 30 days ago (due after 14) and paid 40.00 of. Exact blocks for the administrator; the
 * same answer for the owning rep; a refusal for another rep; and the blocks a role may not read left out.
 */
describe.each(inject('instances'))('the customer card on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let rita: Row;
	let customer: Row;
	let contact: Row;
	let service: Row;
	let order: Row;
	let invoice: Row;
	let payment: Row;
	let overview: Row;
	const issued = addDays(today(), -30);

	const overviewAs = (token: string, id = customer['id']) => http(instance, token, 'GET', `/crm/customers/${id}/overview`);
	const tokenOf = async (email: string) => (await (await loginAs(instance, email)).getToken())!;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id', 'name'] }))) as Row[])[0]!;
		customer = (await admin.request(createItem('crm_customers', { name: `Overview test ${uid()}`, currency: 'EUR', payment_terms_days: 14, owner: rita['id'], credit_limit: 5_000_000, category: 'B' }))) as Row;
		contact = (await admin.request(createItem('crm_contacts', { customer: customer['id'], first_name: 'Petra', last_name: 'Overview', position: 'Buyer', phone: '+49 30 1234', email: 'petra@overview.test', preferred_channel: 'phone' }))) as Row;
		await admin.request(createItem('crm_contacts', { customer: customer['id'], first_name: 'Gone', last_name: 'Away', active: false }));

		const warehouse = (await admin.request(createItem('crm_warehouses', { code: `WO-${uid()}`, name: 'Overview test warehouse' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		service = (await admin.request(createItem('crm_products', { sku: `OVW-${uid()}`, name: 'Consulting unit', kind: 'service', unit: 'h', list_price: 1, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: service['id'], min_quantity_milli: 1000, unit_price: 1 }));
		invoice = (await issueInvoices({ instance, admin, token: adminToken, warehouse, service }, customer['id'], issued, [{ amount: 10_000, issued }]))[0]!;
		order = (await admin.request(readItem('crm_orders', invoice['order'], { fields: ['id', 'number'] }))) as Row;
		payment = await dataOf(http(instance, adminToken, 'POST', '/crm/payments', { customer: customer['id'], amount: 4_000, currency: 'EUR', received_on: addDays(today(), -10), reference: 'Part payment', allocations: [{ invoice: invoice['id'], amount: 4_000 }] }));
		overview = await dataOf(overviewAs(adminToken), 200);
	});

	test('gives the administrator every block with exact values, as the reference describes it', async () => {
		const month = issued.slice(0, 7);
		expect(overview['customer']).toStrictEqual({ id: customer['id'], name: customer['name'], kind: 'company', status: 'prospect', category: 'B', owner: { id: rita['id'], name: rita['name'] }, region: null, currency: 'EUR', payment_terms_days: 14, credit_limit: 5_000_000 });
		expect([overview['base_currency'], overview['as_of']]).toStrictEqual(['EUR', today()]);
		expect(overview['contacts']).toStrictEqual([{ id: contact['id'], name: 'Petra Overview', position: 'Buyer', phone: '+49 30 1234', email: 'petra@overview.test', preferred_channel: 'phone' }]);
		expect(overview['open_proposals']).toStrictEqual({ count: 0, items: [] });
		expect(overview['open_orders']).toStrictEqual({ count: 1, items: [{ id: order['id'], number: order['number'], status: 'invoiced', date: issued, currency: 'EUR', net_total: 10_000, gross_total: 10_000 }] });
		expect(overview['sales']).toStrictEqual({
			currency: 'EUR',
			from: salesWindow(today()).from,
			to: today(),
			total: 10_000,
			orders: 1,
			unconverted_orders: 0,
			months: salesWindow(today()).months.map((m) => ({ month: m, revenue: m === month ? 10_000 : 0, orders: m === month ? 1 : 0 })),
			by_product_group: [{ group: null, revenue: 10_000 }],
			top_products: [{ product: { id: service['id'], sku: service['sku'], name: 'Consulting unit' }, group: null, revenue: 10_000 }],
		});
		expect(overview['balance']).toStrictEqual({ currency: 'EUR', balance: 6_000, by_currency: [{ currency: 'EUR', balance: 6_000 }], open_items: 1, overdue: 6_000, overdue_by_currency: [{ currency: 'EUR', balance: 6_000 }], overdue_items: 1, oldest_days_overdue: 16, next_due_date: null });
		expect(overview['payments']).toStrictEqual([{ id: payment['id'], number: payment['number'], status: 'posted', received_on: addDays(today(), -10), amount: 4_000, currency: 'EUR', method: 'bank_transfer', reference: 'Part payment', unallocated_amount: 0 }]);
		expect([overview['service'], overview['campaigns'], overview['stock']]).toStrictEqual([{ contracts: [], open_requests: [] }, [], []]);
		expect(overview['classes']).toStrictEqual({ abc_revenue: null, abc_margin: null, xyz: null, rfm: null, revenue_base: null, margin_base: null, classified_at: null, rule: null, changes: [] });

		const reference = (await http(instance, null, 'GET', '/crm/openapi.json')).json;
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats(ajv);
		ajv.addSchema(reference, 'crm-openapi');
		const validate = ajv.compile({ $ref: 'crm-openapi#/paths/~1crm~1customers~1{id}~1overview/get/responses/200/content/application~1json/schema' });
		expect(validate({ data: overview }) ? [] : validate.errors).toEqual([]);
	});

	test('gives the rep who owns the customer the same card', async () => {
		expect(await dataOf(overviewAs(await tokenOf('rita.rep@example.com')), 200)).toStrictEqual(overview);
	});

	test("refuses another rep's customer, an unknown one and a malformed key as the other customer routes do", async () => {
		const [other] = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _nnull: true, _neq: 'rita.rep@example.com' }, user: { _nnull: true } }, fields: ['email'], limit: 1 }))) as Row[];
		const otherToken = await tokenOf(other!['email']);
		for (const [token, id] of [[otherToken, customer['id']], [adminToken, '00000000-0000-4000-8000-000000000000']]) {
			const refused = await overviewAs(token!, id);
			expect([refused.status, refused.json.errors[0].extensions.code]).toStrictEqual([403, 'CRM_NOT_PERMITTED']);
			expect(refused.json.errors[0].message).not.toMatch(/crm_|collection|field/);
		}
		const malformed = await overviewAs(adminToken, 'not-a-uuid');
		expect([malformed.status, malformed.json.errors[0].extensions.code]).toStrictEqual([404, 'CRM_NOT_FOUND']);
	});

	test('leaves out, without an error, the blocks a role may not read (marketing: no payments, ledger, service or credit data)', async () => {
		const card = await dataOf(overviewAs(await tokenOf('marketing@example.com')), 200);
		expect(Object.keys(card)).toStrictEqual(['customer', 'base_currency', 'as_of', 'contacts', 'open_orders', 'sales', 'campaigns', 'classes']);
		expect(card['customer']).toStrictEqual({ id: customer['id'], name: customer['name'], kind: 'company', status: 'prospect', category: 'B', owner: { id: rita['id'], name: rita['name'] }, region: null });
		expect(card['open_orders']).toStrictEqual({ count: 1, items: [{ id: order['id'], number: order['number'], status: 'invoiced', date: issued, currency: 'EUR', net_total: 10_000, gross_total: null }] });
		const { by_product_group: _groups, top_products: _products, ...salesWithoutLines } = overview['sales'];
		expect(card['sales']).toStrictEqual(salesWithoutLines);
		expect(card['contacts']).toStrictEqual(overview['contacts']);
		expect(card['classes']).toStrictEqual(overview['classes']);

		const specialist = await dataOf(overviewAs(await tokenOf('service@example.com')), 200);
		expect(Object.keys(specialist)).toStrictEqual(['customer', 'base_currency', 'as_of', 'contacts', 'open_orders', 'sales', 'service', 'stock']);
		expect(specialist['service']).toStrictEqual({ contracts: [], open_requests: [] });
	});
});
