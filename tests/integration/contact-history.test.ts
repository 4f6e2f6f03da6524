import { aggregate, createItem, readItems, updateItem } from '@directus/sdk';
import { describe, expect, inject, test } from 'vitest';
import { failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

describe.each(inject('instances'))('contact history on $name', (instance) => {
	async function systemEntries(customer: string) {
		const admin = await loginAsAdmin(instance);
		return (await admin.request(readItems('crm_interactions', { filter: { customer: { _eq: customer }, type: { _eq: 'system' } }, sort: ['occurred_at'], fields: ['*'] }))) as Row[];
	}

	test('creating a customer writes a system interaction', async () => {
		const admin = await loginAsAdmin(instance);
		const customer = (await admin.request(createItem('crm_customers', { name: 'Timeline Test GmbH', status: 'prospect', currency: 'EUR' }))) as Row;
		const entries = await systemEntries(customer['id']);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ type: 'system', direction: 'internal', subject: 'Customer "Timeline Test GmbH" created (Prospect)', related_collection: 'crm_customers', related_key: customer['id'] });
	});

	test('adding a contact and changing the status are recorded with the contact linked', async () => {
		const admin = await loginAsAdmin(instance);
		const customer = (await admin.request(createItem('crm_customers', { name: 'Status Change AG', status: 'prospect' }))) as Row;
		const contact = (await admin.request(createItem('crm_contacts', { customer: customer['id'], first_name: 'Ada', last_name: 'Lovelace', position: 'CTO' }))) as Row;
		await admin.request(updateItem('crm_customers', customer['id'], { status: 'active' }));
		await admin.request(updateItem('crm_customers', customer['id'], { phone: '+49 30 1234' }));

		const subjects = (await systemEntries(customer['id'])).map((e) => [e['subject'], e['contact']]);
		expect(subjects).toEqual([
			['Customer "Status Change AG" created (Prospect)', null],
			['Contact Ada Lovelace added (CTO)', contact['id']],
			['Customer status Prospect → Active', null],
		]);
	});

	test('a write that fails leaves no interaction behind', async () => {
		const admin = await loginAsAdmin(instance);
		const before = await admin.request(aggregate('crm_interactions', { aggregate: { count: '*' } }));
		// The nested contact is invalid, so the whole customer create rolls back, system entry included.
		const failure = await failureOf(admin.request(createItem('crm_customers', { name: 'Rolled Back Ltd', contacts: [{ first_name: 'X', email: 'not-an-email' }] })));
		expect(failure).toMatchObject({ status: 400, code: 'CRM_INVALID_FORMAT', field: 'contacts[0].email' });
		const after = await admin.request(aggregate('crm_interactions', { aggregate: { count: '*' } }));
		expect(after).toEqual(before);
		expect(await admin.request(readItems('crm_customers', { filter: { name: { _eq: 'Rolled Back Ltd' } } }))).toEqual([]);
	});

	describe('manual interactions are validated', () => {
		async function fixture() {
			const admin = await loginAsAdmin(instance);
			const a = (await admin.request(createItem('crm_customers', { name: 'Validation A' }))) as Row;
			const b = (await admin.request(createItem('crm_customers', { name: 'Validation B' }))) as Row;
			const contactOfB = (await admin.request(createItem('crm_contacts', { customer: b['id'], first_name: 'Bea' }))) as Row;
			return { admin, a, b, contactOfB };
		}

		const now = () => new Date().toISOString();

		test('a call needs a customer', async () => {
			const { admin } = await fixture();
			expect(await failureOf(admin.request(createItem('crm_interactions', { type: 'call', direction: 'outbound', occurred_at: now(), subject: 'No customer' })))).toMatchObject({ status: 400, code: 'CRM_REQUIRED_FIELD', field: 'customer' });
		});

		test("the contact must belong to the interaction's customer", async () => {
			const { admin, a, contactOfB } = await fixture();
			expect(
				await failureOf(admin.request(createItem('crm_interactions', { type: 'call', direction: 'outbound', occurred_at: now(), subject: 'Wrong contact', customer: a['id'], contact: contactOfB['id'] }))),
			).toMatchObject({ status: 400, code: 'CRM_CONTACT_CUSTOMER_MISMATCH', field: 'contact' });
		});

		test('occurred_at may not lie in the far future', async () => {
			const { admin, a } = await fixture();
			const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
			expect(await failureOf(admin.request(createItem('crm_interactions', { type: 'meeting', direction: 'outbound', occurred_at: nextYear, subject: 'Future', customer: a['id'] })))).toMatchObject({
				status: 400,
				code: 'CRM_OCCURRED_IN_FUTURE',
				field: 'occurred_at',
			});
		});

		test('clients cannot forge system interactions', async () => {
			const { admin, a } = await fixture();
			expect(await failureOf(admin.request(createItem('crm_interactions', { type: 'system', direction: 'internal', occurred_at: now(), subject: 'Forged', customer: a['id'] })))).toMatchObject({
				status: 403,
				code: 'CRM_SYSTEM_INTERACTION_READONLY',
			});
		});

		test('moving an interaction to another customer re-checks its contact', async () => {
			const { admin, a, b, contactOfB } = await fixture();
			const call = (await admin.request(createItem('crm_interactions', { type: 'call', direction: 'inbound', occurred_at: now(), subject: 'Fine', customer: b['id'], contact: contactOfB['id'] }))) as Row;
			expect(await failureOf(admin.request(updateItem('crm_interactions', call['id'], { customer: a['id'] })))).toMatchObject({ status: 400, code: 'CRM_CONTACT_CUSTOMER_MISMATCH' });
		});
	});

	describe('GET /crm/customers/:id/timeline', () => {
		async function customerWithHistory() {
			const admin = await loginAsAdmin(instance);
			const customer = (await admin.request(createItem('crm_customers', { name: 'History Corp' }))) as Row;
			const base = Date.parse('2026-01-10T09:00:00Z');
			for (const [i, type] of (['call', 'email', 'meeting', 'call', 'visit'] as const).entries()) {
				await admin.request(createItem('crm_interactions', { type, direction: 'outbound', occurred_at: new Date(base + i * 86_400_000).toISOString(), subject: `${type} ${i}`, customer: customer['id'] }));
			}
			return { admin, token: (await admin.getToken())!, id: customer['id'] as string };
		}

		test('pages the history newest first with a total', async () => {
			const { token, id } = await customerWithHistory();
			const first = await http(instance, token, 'GET', `/crm/customers/${id}/timeline?limit=2&page=1`);
			expect(first.status).toBe(200);
			expect(first.json.meta).toEqual({ page: 1, limit: 2, total: 6, has_more: true });
			expect(first.json.data.map((e: Row) => e['subject'])).toEqual(['Customer "History Corp" created (Prospect)', 'visit 4']);
			const third = await http(instance, token, 'GET', `/crm/customers/${id}/timeline?limit=2&page=3`);
			expect(third.json.data.map((e: Row) => e['subject'])).toEqual(['email 1', 'call 0']);
			expect(third.json.meta.has_more).toBe(false);
		});

		test('filters by type and by date', async () => {
			const { token, id } = await customerWithHistory();
			const calls = await http(instance, token, 'GET', `/crm/customers/${id}/timeline?type=call`);
			expect(calls.json.data.map((e: Row) => e['subject'])).toEqual(['call 3', 'call 0']);
			const window = await http(instance, token, 'GET', `/crm/customers/${id}/timeline?from=2026-01-11&to=2026-01-12`);
			expect(window.json.data.map((e: Row) => e['subject'])).toEqual(['meeting 2', 'email 1']);
		});

		test('rejects a malformed query with a code', async () => {
			const { token, id } = await customerWithHistory();
			for (const q of ['limit=0', 'limit=1000', 'page=0', 'type=fax', 'from=yesterday', 'from=2026-02-01&to=2026-01-01']) {
				const res = await http(instance, token, 'GET', `/crm/customers/${id}/timeline?${q}`);
				expect([q, res.status, res.json.errors[0].extensions.code]).toEqual([q, 400, 'CRM_INVALID_QUERY']);
			}

			// Directus itself vets `page` for every route before ours runs.
			const negative = await http(instance, token, 'GET', `/crm/customers/${id}/timeline?page=-1`);
			expect([negative.status, negative.json.errors[0].extensions.code]).toEqual([400, 'INVALID_QUERY']);
		});

		test('answers 403 for an unknown customer and 404 for a malformed id', async () => {
			const admin = await loginAsAdmin(instance);
			const token = (await admin.getToken())!;
			expect((await http(instance, token, 'GET', '/crm/customers/00000000-0000-4000-8000-000000000000/timeline')).status).toBe(403);
			expect((await http(instance, token, 'GET', '/crm/customers/abc/timeline')).status).toBe(404);
		});

		test("a rep cannot read another rep's customer's timeline", async () => {
			const { id } = await customerWithHistory();
			const rep = await loginAs(instance, 'rita.rep@example.com');
			expect((await http(instance, (await rep.getToken())!, 'GET', `/crm/customers/${id}/timeline`)).status).toBe(403);
		});
	});
});
