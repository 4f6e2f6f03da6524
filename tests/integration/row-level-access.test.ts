import { createItem, readItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

describe.each(inject('instances'))('row-level access on $name', (instance) => {
	let admin: Client;
	let rita: Row;
	let otherRep: Row;
	let ritasCustomer: Row;
	let othersCustomer: Row;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		const reps = (await admin.request(readItems('crm_sales_reps', { fields: ['id', 'email', 'team', 'user'], limit: -1 }))) as Row[];
		rita = reps.find((r) => r['email'] === 'rita.rep@example.com')!;
		ritasCustomer = ((await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita['id'] } }, limit: 1, sort: ['name'] }))) as Row[])[0]!;
		// A demo rep of another team who owns customers (other test files add reps of their own, some with none).
		othersCustomer = ((await admin.request(readItems('crm_customers', { filter: { _and: [{ owner: { email: { _nnull: true } } }, { owner: { team: { _neq: rita['team'] } } }] }, limit: 1, sort: ['name'] }))) as Row[])[0]!;
		otherRep = reps.find((r) => r['id'] === othersCustomer['owner'])!;
	});

	test('a rep lists exactly their own customers', async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const visible = (await rep.request(readItems('crm_customers', { fields: ['id', 'owner'], limit: -1 }))) as Row[];
		const own = (await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita['id'] } }, fields: ['id'], limit: -1 }))) as Row[];
		expect(visible.length).toBeGreaterThan(0);
		expect(new Set(visible.map((c) => c['owner']))).toEqual(new Set([rita['id']]));
		expect(visible.map((c) => c['id']).sort()).toEqual(own.map((c) => c['id']).sort());
	});

	test("a rep gets 403 on another rep's customer, its contacts and its history", async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		expect((await failureOf(rep.request(readItem('crm_customers', othersCustomer['id'])))).status).toBe(403);
		expect((await failureOf(rep.request(updateItem('crm_customers', othersCustomer['id'], { name: 'Mine now' })))).status).toBe(403);
		expect(await rep.request(readItems('crm_contacts', { filter: { customer: { _eq: othersCustomer['id'] } } }))).toEqual([]);
		expect(await rep.request(readItems('crm_interactions', { filter: { customer: { _eq: othersCustomer['id'] } } }))).toEqual([]);
	});

	test("a rep cannot attach contacts or calls to another rep's customer", async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		expect(await failureOf(rep.request(createItem('crm_contacts', { customer: othersCustomer['id'], first_name: 'Sneaky' })))).toMatchObject({ status: 400, code: 'CRM_REFERENCE_NOT_FOUND', field: 'customer' });
		expect(
			await failureOf(rep.request(createItem('crm_interactions', { customer: othersCustomer['id'], type: 'call', direction: 'outbound', occurred_at: new Date().toISOString(), subject: 'Sneaky' }))),
		).toMatchObject({ status: 400, code: 'CRM_REFERENCE_NOT_FOUND' });
	});

	test('a rep cannot hand a customer away or take one', async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		expect((await failureOf(rep.request(updateItem('crm_customers', ritasCustomer['id'], { owner: otherRep['id'] })))).status).toBe(403);
		expect((await admin.request(readItem('crm_customers', ritasCustomer['id'], { fields: ['owner'] })))['owner']).toBe(rita['id']);
		expect(await failureOf(rep.request(createItem('crm_customers', { name: 'For someone else', owner: otherRep['id'] })))).toMatchObject({ status: 403, code: 'CRM_OWNER_ASSIGNMENT_FORBIDDEN' });
	});

	test('a customer a rep creates is theirs, and they can log a call on it', async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const created = (await rep.request(createItem('crm_customers', { name: 'Rita New Lead' }))) as Row;
		expect((await admin.request(readItem('crm_customers', created['id'], { fields: ['owner'] })))['owner']).toBe(rita['id']);
		const call = (await rep.request(createItem('crm_interactions', { customer: created['id'], type: 'call', direction: 'outbound', occurred_at: new Date().toISOString(), subject: 'Intro call' }))) as Row;
		const timeline = await http(instance, (await rep.getToken())!, 'GET', `/crm/customers/${created['id']}/timeline`);
		expect(timeline.json.data.map((e: Row) => e['id'])).toContain(call['id']);
	});

	test('a call a rep logs without naming an author is hers; she cannot name a colleague', async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const call = { customer: ritasCustomer['id'], type: 'call', direction: 'outbound', occurred_at: new Date().toISOString(), subject: 'Logged from the timeline' };
		const logged = (await rep.request(createItem('crm_interactions', call))) as Row;
		expect(await admin.request(readItem('crm_interactions', logged['id'], { fields: ['rep', 'user_created'] }))).toEqual({ rep: rita['id'], user_created: rita['user'] });

		expect(await failureOf(rep.request(createItem('crm_interactions', { ...call, rep: otherRep['id'] })))).toMatchObject({ status: 403, code: 'CRM_AUTHOR_FORBIDDEN', field: 'rep' });
		expect(await failureOf(rep.request(updateItem('crm_interactions', logged['id'], { rep: null })))).toMatchObject({ status: 403, code: 'CRM_AUTHOR_FORBIDDEN' });
		expect((await admin.request(readItem('crm_interactions', logged['id'], { fields: ['rep'] })))['rep']).toBe(rita['id']);
	});

	test("a manager sees only their teams' customers and reassigns only within them", async () => {
		const manager = await loginAs(instance, 'manager@example.com');
		const visible = (await manager.request(readItems('crm_customers', { fields: ['id', 'owner.team'], limit: -1 }))) as Row[];
		expect(visible.length).toBeGreaterThan(0);
		expect(new Set(visible.map((c) => c['owner']['team']))).toEqual(new Set([rita['team']]));

		const teammates = (await admin.request(readItems('crm_sales_reps', { filter: { team: { _eq: rita['team'] }, id: { _neq: rita['id'] } }, fields: ['id'] }))) as Row[];
		const [customer] = (await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita['id'] } }, sort: ['-name'], limit: 1 }))) as Row[];
		await manager.request(updateItem('crm_customers', customer!['id'], { owner: teammates[0]!['id'] }));
		expect((await admin.request(readItem('crm_customers', customer!['id'], { fields: ['owner'] })))['owner']).toBe(teammates[0]!['id']);
		expect(await failureOf(manager.request(updateItem('crm_customers', customer!['id'], { owner: otherRep['id'] })))).toMatchObject({ status: 403, code: 'CRM_OWNER_ASSIGNMENT_FORBIDDEN' });
	});

	test('a portal customer sees only their own customer record', async () => {
		const portal = await loginAs(instance, 'portal@example.com');
		const visible = (await portal.request(readItems('crm_customers', { fields: ['id', 'name'] }))) as Row[];
		expect(visible).toHaveLength(1);
		const [contact] = (await admin.request(readItems('crm_contacts', { filter: { portal_user: { email: { _eq: 'portal@example.com' } } }, fields: ['customer'] }))) as Row[];
		expect(visible[0]!['id']).toBe(contact!['customer']);
		expect((await failureOf(portal.request(readItem('crm_customers', othersCustomer['id'])))).status).toBe(403);
		const portalToken = (await portal.getToken())!;
		for (const what of ['timeline', 'balance', 'statement']) expect([what, (await http(instance, portalToken, 'GET', `/crm/customers/${contact!['customer']}/${what}`)).status]).toEqual([what, 200]);
	});
});
