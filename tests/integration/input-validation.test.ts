import { readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

// The field-by-field sweep over every collection lives in validation-sweep.test.ts; these are the
// payload-level rules around it.
describe.each(inject('instances'))('input validation on $name', (instance) => {
	let admin: Client;
	let token: string;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
	});

	test('an unknown field is rejected instead of silently dropped', async () => {
		const res = await http(instance, token, 'POST', '/items/crm_customers', { name: 'Typo Ltd', stauts: 'active' });
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_INVALID_PAYLOAD', 'stauts']);
	});

	test('a batch create with one bad item writes none of them', async () => {
		const before = await admin.request(readItems('crm_customers' as never, { aggregate: { count: '*' } } as never));
		const res = await http(instance, token, 'POST', '/items/crm_customers', [{ name: 'Batch One' }, { name: 'Batch Two', credit_limit: 'lots' }]);
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_INVALID_TYPE', 'credit_limit']);
		expect(await admin.request(readItems('crm_customers' as never, { aggregate: { count: '*' } } as never))).toEqual(before);
	});

	test('a batch update with a bad value changes none of the items', async () => {
		const rows = (await admin.request(readItems('crm_products' as never, { limit: 3, sort: ['id'] as never, fields: ['id', 'list_price'] as never }))) as Row[];
		const res = await http(instance, token, 'PATCH', '/items/crm_products', { keys: rows.map((r) => r['id']), data: { list_price: -5 } });
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_OUT_OF_RANGE', 'list_price']);
		const batch = await http(instance, token, 'PATCH', '/items/crm_products', rows.map((r, i) => ({ id: r['id'], list_price: i === 2 ? 'free' : 100 })));
		expect([batch.status, batch.json.errors[0].extensions.code]).toEqual([400, 'CRM_INVALID_TYPE']);
		const after = (await admin.request(readItems('crm_products' as never, { limit: 3, sort: ['id'] as never, fields: ['id', 'list_price'] as never }))) as Row[];
		expect(after).toEqual(rows);
	});

	test('a valid customer with money as a numeric string is accepted', async () => {
		const res = await http(instance, token, 'POST', '/items/crm_customers', { name: 'Valid Ltd', credit_limit: '150000', payment_terms_days: 30, currency: 'USD', status: 'active' });
		expect(res.status).toBe(200);
		expect(String(res.json.data.credit_limit)).toBe('150000');
	});

	const answer = (res: { status: number; json: any }) => [res.status, res.json?.errors?.[0]?.extensions?.code, res.json?.errors?.[0]?.extensions?.field];
	const countOf = async (path: string) => Number((await http(instance, token, 'GET', `${path}?aggregate[count]=*`)).json.data[0].count);

	test('a sales rep cannot stamp a record with a creation date, through the items API or the orders endpoint', async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const repToken = (await rep.getToken())!;
		const [customer] = (await rep.request(readItems('crm_customers', { limit: 1, fields: ['id'] }))) as Row[];
		const contact = await http(instance, repToken, 'POST', '/items/crm_contacts', { customer: customer!['id'], first_name: 'Stamp', last_name: 'Test', date_created: 'soon' });
		expect(answer(contact)).toEqual([400, 'CRM_READONLY_FIELD', 'date_created']);
		const [product] = (await admin.request(readItems('crm_products', { limit: 1, fields: ['id'] }))) as Row[];
		const order = await http(instance, repToken, 'POST', '/crm/orders', { customer: customer!['id'], date_created: 'soon', lines: [{ product: product!['id'], quantity_milli: 1000 }] });
		expect(answer(order)).toEqual([400, 'CRM_READONLY_FIELD', 'date_created']);
	});

	test('an object in a link to a Directus user never creates a user', async () => {
		const users = await countOf('/users');
		const [contact] = (await admin.request(readItems('crm_contacts', { limit: 1, fields: ['id'] }))) as Row[];
		const res = await http(instance, token, 'PATCH', `/items/crm_contacts/${contact!['id']}`, { portal_user: { a: 1 } });
		expect(answer(res)).toEqual([400, 'CRM_NESTED_WRITE_FORBIDDEN', 'portal_user']);
		const team = await http(instance, token, 'POST', '/items/crm_teams', { name: 'Nested manager', manager: { email: 'ghost@example.com' } });
		expect(answer(team)).toEqual([400, 'CRM_NESTED_WRITE_FORBIDDEN', 'manager']);
		expect(await countOf('/users')).toBe(users);
	});

	test('a link names an existing record: never one created or changed inside another record\'s write', async () => {
		const [request] = (await admin.request(readItems('crm_service_requests', { limit: 1, fields: ['id'] }))) as Row[];
		const types = await countOf('/items/crm_service_request_types');
		expect(answer(await http(instance, token, 'PATCH', `/items/crm_service_requests/${request!['id']}`, { type: { a: 1 } }))).toEqual([400, 'CRM_NESTED_WRITE_FORBIDDEN', 'type']);
		expect(answer(await http(instance, token, 'PATCH', `/items/crm_service_requests/${request!['id']}`, { type: { code: 'NEW', name: 'New' } }))).toEqual([400, 'CRM_NESTED_WRITE_FORBIDDEN', 'type']);
		expect(await countOf('/items/crm_service_request_types')).toBe(types);
	});

	test('the Studio\'s { id } links and many-to-many rows are accepted and stored as plain keys', async () => {
		const [contact] = (await admin.request(readItems('crm_contacts', { limit: 1, fields: ['id', 'customer'] }))) as Row[];
		const linked = await http(instance, token, 'PATCH', `/items/crm_contacts/${contact!['id']}`, { customer: { id: contact!['customer'] } });
		expect([linked.status, linked.json.data.customer]).toEqual([200, contact!['customer']]);
		const [customer] = (await admin.request(readItems('crm_customers', { limit: 1, fields: ['id', 'groups.crm_customer_groups_id'] }))) as Row[];
		const member = new Set((customer!['groups'] as Row[]).map((g) => g['crm_customer_groups_id']));
		const group = ((await admin.request(readItems('crm_customer_groups', { fields: ['id'], limit: -1 }))) as Row[]).find((g) => !member.has(g['id']))!;
		const added = await http(instance, token, 'PATCH', `/items/crm_customers/${customer!['id']}`, { groups: { create: [{ crm_customer_groups_id: { id: group['id'] } }], update: [], delete: [] } });
		expect(added.status).toBe(200);
		const rows = (await http(instance, token, 'GET', `/items/crm_customers_customer_groups?filter[crm_customers_id][_eq]=${customer!['id']}&filter[crm_customer_groups_id][_eq]=${group['id']}`)).json.data as Row[];
		expect(rows).toHaveLength(1);
		await http(instance, token, 'PATCH', `/items/crm_customers/${customer!['id']}`, { groups: { create: [], update: [], delete: [rows[0]!['id']] } });
	});

	test('nested lines are judged by their own collection, their fields named by path', async () => {
		const lines = await http(instance, token, 'POST', '/items/crm_price_lists', { name: 'Nested', code: 'NESTED-1', currency: 'EUR', items: [{ product: 'not-a-uuid' }] });
		expect(answer(lines)).toEqual([400, 'CRM_INVALID_TYPE', 'items[0].product']);
	});

	test('a junction row needs both of its keys, and the caller must see both sides', async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const repToken = (await rep.getToken())!;
		const rows = await countOf('/items/crm_customers_customer_groups');
		expect(answer(await http(instance, repToken, 'POST', '/items/crm_customers_customer_groups', {}))).toEqual([400, 'CRM_REQUIRED_FIELD', 'crm_customers_id']);
		const [group] = (await admin.request(readItems('crm_customer_groups', { limit: 1, fields: ['id'] }))) as Row[];
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id'] }))) as Row[])[0]!;
		const [hidden] = (await admin.request(readItems('crm_customers', { filter: { owner: { _neq: rita['id'] } }, limit: 1, fields: ['id'] }))) as Row[];
		const link = await http(instance, repToken, 'POST', '/items/crm_customers_customer_groups', { crm_customers_id: hidden!['id'], crm_customer_groups_id: group!['id'] });
		expect(answer(link)).toEqual([400, 'CRM_REFERENCE_NOT_FOUND', 'crm_customers_id']);
		expect(await countOf('/items/crm_customers_customer_groups')).toBe(rows);
	});

	test('a nullable field with a range can be cleared with null', async () => {
		const [product] = (await admin.request(readItems('crm_products', { limit: 1, fields: ['id', 'cost_price'] }))) as Row[];
		expect((await http(instance, token, 'PATCH', `/items/crm_products/${product!['id']}`, { cost_price: null })).json.data.cost_price).toBeNull();
		await http(instance, token, 'PATCH', `/items/crm_products/${product!['id']}`, { cost_price: product!['cost_price'] });
		const [list] = (await admin.request(readItems('crm_price_lists', { limit: 1, fields: ['id', 'derivation_bp'] }))) as Row[];
		expect((await http(instance, token, 'PATCH', `/items/crm_price_lists/${list!['id']}`, { derivation_bp: null })).status).toBe(200);
		await http(instance, token, 'PATCH', `/items/crm_price_lists/${list!['id']}`, { derivation_bp: list!['derivation_bp'] });
	});

	test('JSON text that does not parse is refused on both databases', async () => {
		const [calendar] = (await admin.request(readItems('crm_service_calendars', { limit: 1, fields: ['id'] }))) as Row[];
		expect(answer(await http(instance, token, 'PATCH', `/items/crm_service_calendars/${calendar!['id']}`, { holidays: 'x' }))).toEqual([400, 'CRM_INVALID_TYPE', 'holidays']);
		expect(answer(await http(instance, token, 'PATCH', `/items/crm_service_calendars/${calendar!['id']}`, { holidays: 42 }))).toEqual([400, 'CRM_INVALID_TYPE', 'holidays']);
	});
});
