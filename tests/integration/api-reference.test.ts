import { createItem, readItems } from '@directus/sdk';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
type Answer = { status: number; json: any };

const today = () => new Date().toISOString().slice(0, 10);

/*
 * The served reference against real answers: an order to cash as docs/api.md walks it, each answer (and
 * a refusal of each kind of route) checked against the schema and error codes the document gives for its
 * route, method and status.
 */
describe.each(inject('instances'))('the API reference on $name', (instance) => {
	let admin: Client;
	let token: string;
	let reference: Row;
	let ajv: Ajv2020;
	let customer: Row;
	let goods: Row;
	let warehouse: Row;

	/** Fails unless the answer is one the document describes for this route, method and status. */
	function conforms(route: string, method: string, answer: Answer): any {
		const responses = reference['paths'][route]?.[method]?.['responses'];
		expect(responses, `${method} ${route} is documented`).toBeDefined();
		const response = responses[String(answer.status)];
		expect(response, `${method} ${route} documents status ${answer.status}: ${JSON.stringify(answer.json)}`).toBeDefined();
		const pointer = `#/paths/${route.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${answer.status}/content/application~1json/schema`;
		const validate = ajv.compile({ $ref: `crm-openapi${pointer}` });
		expect(validate(answer.json) ? [] : validate.errors, `${method} ${route} ${answer.status}`).toEqual([]);
		if (answer.status >= 400) expect(response['x-error-codes']).toContain(answer.json.errors[0].extensions.code);
		return answer.json;
	}

	const call = (method: string, path: string, body?: unknown) => http(instance, token, method.toUpperCase(), path, body);

	beforeAll(async () => {
		const served = await http(instance, null, 'GET', '/crm/openapi.json');
		expect(served.status).toBe(200);
		reference = served.json;
		ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats(ajv);
		ajv.addSchema(reference, 'crm-openapi');

		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `WAPI-${unique}`, name: 'API reference warehouse' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		goods = (await admin.request(createItem('crm_products', { sku: `API-G-${unique}`, name: 'Reference drill', kind: 'goods', unit: 'pcs', list_price: 1999, cost_price: 1000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: goods['id'], min_quantity_milli: 1000, unit_price: 1999 }));
		await admin.request(createItem('crm_stock_levels', { product: goods['id'], warehouse: warehouse['id'], on_hand_milli: 10_000 }));
		customer = (await admin.request(createItem('crm_customers', { name: `API reference ${unique}`, currency: 'EUR', payment_terms_days: 14 }))) as Row;
	});

	test('is served without a token and describes itself', () => {
		expect([reference['openapi'], Object.keys(reference['paths']).includes('/crm/openapi.json')]).toEqual(['3.1.0', true]);
	});

	test('an order to cash answers as documented, and so do its refusals', async () => {
		const refused = conforms('/crm/orders', 'post', await call('post', '/crm/orders', { customer: customer['id'] }));
		expect(refused.errors[0].extensions).toMatchObject({ code: 'CRM_REQUIRED_FIELD', field: 'lines' });

		const order = conforms('/crm/orders', 'post', await call('post', '/crm/orders', { customer: customer['id'], warehouse: warehouse['id'], lines: [{ product: goods['id'], quantity_milli: 5000 }] })).data;
		conforms('/crm/orders/{id}/confirm', 'post', await call('post', `/crm/orders/${order.id}/confirm`));
		expect(conforms('/crm/orders/{id}/confirm', 'post', await call('post', `/crm/orders/${order.id}/confirm`)).errors[0].extensions.code).toBe('CRM_INVALID_TRANSITION');

		const unknownField = conforms('/crm/orders/{id}/shipments', 'post', await call('post', `/crm/orders/${order.id}/shipments`, { parcels: 2 }));
		expect(unknownField.errors[0].extensions).toMatchObject({ code: 'CRM_INVALID_PAYLOAD', field: 'parcels' });
		const shipment = conforms('/crm/orders/{id}/shipments', 'post', await call('post', `/crm/orders/${order.id}/shipments`, { lines: [{ order_line: order.lines[0].id, quantity_milli: 2000 }] })).data;
		expect(shipment.lines.map((l: Row) => Number(l['quantity_milli']))).toEqual([2000]);

		const invoice = conforms('/crm/orders/{id}/invoices', 'post', await call('post', `/crm/orders/${order.id}/invoices`)).data;
		expect(conforms('/crm/orders/{id}/invoices', 'post', await call('post', `/crm/orders/${order.id}/invoices`)).errors[0].extensions.code).toBe('CRM_NOTHING_TO_INVOICE');

		const zero = conforms('/crm/payments', 'post', await call('post', '/crm/payments', { customer: customer['id'], amount: 0, currency: 'EUR' }));
		expect(zero.errors[0].extensions).toMatchObject({ code: 'CRM_INVALID_AMOUNT', field: 'amount' });
		const payment = conforms('/crm/payments', 'post', await call('post', '/crm/payments', { customer: customer['id'], amount: 1000, currency: 'EUR', received_on: today(), method: 'bank_transfer', allocations: [{ invoice: invoice.id, amount: 1000 }] })).data;
		expect(payment.allocations.map((a: Row) => [a['invoice'], Number(a['amount'])])).toEqual([[invoice.id, 1000]]);

		conforms('/crm/customers/{id}/balance', 'get', await call('get', `/crm/customers/${customer['id']}/balance`));
		const statement = conforms('/crm/customers/{id}/statement', 'get', await call('get', `/crm/customers/${customer['id']}/statement`)).data;
		expect(statement.movements.map((m: Row) => m['kind'])).toEqual(expect.arrayContaining(['invoice', 'payment']));
		expect(conforms('/crm/customers/{id}/statement', 'get', await call('get', `/crm/customers/${customer['id']}/statement?format=xml`)).errors[0].extensions).toMatchObject({ code: 'CRM_INVALID_QUERY', parameter: 'format' });
		conforms('/crm/receivables/aging', 'get', await call('get', '/crm/receivables/aging'));
	});

	test('read routes answer as documented, and so do their refusals', async () => {
		conforms('/crm/customers/{id}/timeline', 'get', await call('get', `/crm/customers/${customer['id']}/timeline?limit=5`));
		expect(conforms('/crm/customers/{id}/timeline', 'get', await call('get', '/crm/customers/not-a-uuid/timeline')).errors[0].extensions.code).toBe('CRM_NOT_FOUND');
		conforms('/crm/prices/resolve', 'get', await call('get', `/crm/prices/resolve?customer=${customer['id']}&product=${goods['id']}&quantity=2.5`));
		expect(conforms('/crm/prices/resolve', 'get', await call('get', `/crm/prices/resolve?customer=${customer['id']}`)).errors[0].extensions).toMatchObject({ code: 'CRM_INVALID_QUERY', parameter: 'product' });
		conforms('/crm/pricing/quote', 'post', await call('post', '/crm/pricing/quote', { customer: customer['id'], lines: [{ product: goods['id'], quantity_milli: 3000 }] }));
		conforms('/crm/pricing/rules', 'get', await call('get', '/crm/pricing/rules'));
		conforms('/crm/service/sla-compliance', 'get', await call('get', '/crm/service/sla-compliance?weeks=4'));
		expect(conforms('/crm/service/sla-compliance', 'get', await call('get', '/crm/service/sla-compliance?weeks=0')).errors[0].extensions.code).toBe('CRM_INVALID_QUERY');
	});

	test('the settings the Studio shows amounts with: the base currency, to any signed-in user and to nobody else', async () => {
		expect(conforms('/crm/settings', 'get', await call('get', '/crm/settings')).data).toEqual({ base_currency: 'EUR' });
		const rep = await http(instance, (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!, 'GET', '/crm/settings');
		expect(conforms('/crm/settings', 'get', rep).data).toEqual({ base_currency: 'EUR' });
		const anonymous = await http(instance, null, 'GET', '/crm/settings');
		expect(conforms('/crm/settings', 'get', anonymous).errors[0].extensions.code).toBe('CRM_NOT_PERMITTED');
	});

	test('a caller without a valid token is refused as documented', async () => {
		const answer = await http(instance, 'not-a-token', 'GET', `/crm/customers/${customer['id']}/balance`);
		conforms('/crm/customers/{id}/balance', 'get', answer);
	});
});
