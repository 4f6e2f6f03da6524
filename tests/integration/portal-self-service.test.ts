import { createItem, createUser, readItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { isCustomerVisible } from '../../packages/crm-core/src/index.ts';
import { CUSTOMER } from '../../scripts/access/define-access.ts';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';
import { dataOf, issueInvoices } from '../support/issue-invoices.ts';

type Row = Record<string, any>;

const today = () => new Date().toISOString().slice(0, 10);
const uid = () => Math.random().toString(36).slice(2, 8);
/** The keys of a timeline entry the portal gets: no outcome, follow-up date or rep. */
const PORTAL_ENTRY_KEYS = ['contact', 'direction', 'id', 'occurred_at', 'related_collection', 'related_key', 'subject', 'type'];
/** Words a refusal must not contain: they would tell the customer how the CRM's data is laid out. */
const INTERNALS = /crm_|field|collection|outcome|ledger|next_step|rep\b|permission to access/i;

describe.each(inject('instances'))('the customer portal on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let portalToken: string;
	let customer: Row;
	let otherCustomer: Row;
	const logged: Record<string, string> = {};

	/** A customer of their own with a portal user, an invoice partly paid, and a few kinds of interaction. */
	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		customer = (await admin.request(createItem('crm_customers', { name: `Portal test ${uid()}`, currency: 'EUR', payment_terms_days: 14, owner: rita['id'], credit_limit: 5_000_000 }))) as Row;
		otherCustomer = ((await admin.request(readItems('crm_customers', { filter: { id: { _neq: customer['id'] } }, limit: 1 }))) as Row[])[0]!;
		const email = `portal.${uid()}@example.com`;
		const user = (await admin.request(createUser({ email, password: instance.demoPassword, role: CUSTOMER.id }))) as Row;
		const contact = (await admin.request(createItem('crm_contacts', { customer: customer['id'], first_name: 'Petra', last_name: 'Portal', portal_user: user['id'] }))) as Row;
		portalToken = (await (await loginAs(instance, email)).getToken())!;

		const warehouse = (await admin.request(createItem('crm_warehouses', { code: `WP-${uid()}`, name: 'Portal test warehouse' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		const service = (await admin.request(createItem('crm_products', { sku: `PORTAL-${uid()}`, name: 'Consulting unit', kind: 'service', unit: 'h', list_price: 1, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: service['id'], min_quantity_milli: 1000, unit_price: 1 }));
		const [invoice] = await issueInvoices({ instance, admin, token: adminToken, warehouse, service }, customer['id'], '2026-06-15', [{ amount: 10_000, issued: '2026-07-01' }]);
		await dataOf(http(instance, adminToken, 'POST', '/crm/payments', { customer: customer['id'], amount: 4_000, currency: 'EUR', received_on: '2026-07-20', allocations: [{ invoice: invoice!['id'], amount: 4_000 }] }));

		// A request they open, then moved to another specialist by the desk: the move is routing, the opening is theirs.
		const request = await dataOf(http(instance, portalToken, 'POST', '/crm/service/requests', { customer: customer['id'], subject: 'Our delivery is late' }));
		const stored = (await admin.request(readItem('crm_service_requests', request['id'], { fields: ['assignee'] }))) as Row;
		const [specialist] = (await admin.request(readItems('crm_service_specialists', { filter: { id: { _neq: stored['assignee'] ?? '00000000-0000-4000-8000-000000000000' } }, fields: ['id'], limit: 1 }))) as Row[];
		await admin.request(updateItem('crm_service_requests', request['id'], { assignee: specialist!['id'] }));

		const log = async (name: string, body: Row) => {
			const row = (await admin.request(createItem('crm_interactions', { customer: customer['id'], occurred_at: new Date().toISOString(), rep: rita['id'], outcome: 'Price sensitive, push the bundle', next_step_date: today(), ...body }))) as Row;
			logged[name] = row['id'];
		};
		await log('email to them', { type: 'email', direction: 'outbound', subject: 'Your order confirmation', contact: contact['id'] });
		await log('their letter', { type: 'letter', direction: 'inbound', subject: 'Change of address' });
		await log('call notes', { type: 'call', direction: 'outbound', subject: 'Call: negotiating' });
		await log('internal e-mail', { type: 'email', direction: 'internal', subject: 'Should we lower their limit?' });
	});

	const timelineOf = async (token: string) => (await dataOf(http(instance, token, 'GET', `/crm/customers/${customer['id']}/timeline?limit=100`), 200)) as Row[];

	test('a portal user reads their own timeline: messages with them and their documents, without the rep\'s notes, follow-ups or name', async () => {
		const mine = await timelineOf(portalToken);
		for (const entry of mine) expect(Object.keys(entry).sort()).toEqual(PORTAL_ENTRY_KEYS);
		const ids = mine.map((e) => e['id']);
		expect(ids).toEqual(expect.arrayContaining([logged['email to them'], logged['their letter']]));
		expect(ids).not.toContain(logged['call notes']);
		expect(ids).not.toContain(logged['internal e-mail']);
		expect(new Set(mine.filter((e) => e['type'] === 'system').map((e) => e['related_collection']))).toEqual(new Set(['crm_orders', 'crm_shipments', 'crm_invoices', 'crm_payments', 'crm_service_requests']));
		expect(mine.filter((e) => e['related_collection'] === 'crm_service_requests').map((e) => e['subject'])).toEqual([expect.stringMatching(/^Service request \S+ opened: Our delivery is late/)]);
		expect(mine.find((e) => e['id'] === logged['email to them'])!['contact']).toEqual({ id: expect.any(String), name: 'Petra Portal' });

		// Exactly the customer-visible part of what staff see, in the same order.
		const all = await timelineOf(adminToken);
		expect(all.find((e) => e['id'] === logged['call notes'])).toMatchObject({ outcome: 'Price sensitive, push the bundle', rep: { id: expect.any(String) } });
		expect(all.some((e) => e['related_collection'] === 'crm_service_requests' && /assigned/.test(e['subject']))).toBe(true);
		expect(ids).toEqual(all.filter((e) => isCustomerVisible({ type: e['type'], direction: e['direction'], related_collection: e['related_collection'], subject: e['subject'] })).map((e) => e['id']));
	});

	test('a portal user gets the balance and statement the accountant gets for their customer', async () => {
		const accountantToken = (await (await loginAs(instance, 'accountant@example.com')).getToken())!;
		const statement = `/crm/customers/${customer['id']}/statement?from=2026-01-01&to=${today()}`;
		const balance = `/crm/customers/${customer['id']}/balance`;

		const portalBalance = await dataOf(http(instance, portalToken, 'GET', balance), 200);
		expect([portalBalance.balance_base, portalBalance.open_items.map((i: Row) => [i['gross'], i['paid'], i['open']])]).toEqual([6_000, [[10_000, 4_000, 6_000]]]);
		expect(portalBalance).toEqual(await dataOf(http(instance, accountantToken, 'GET', balance), 200));

		const portalStatement = await dataOf(http(instance, portalToken, 'GET', statement), 200);
		expect([portalStatement.total_debit, portalStatement.total_credit, portalStatement.closing_balance]).toEqual([10_000, 4_000, 6_000]);
		expect(portalStatement).toEqual(await dataOf(http(instance, accountantToken, 'GET', statement), 200));
	});

	test("another customer's timeline, balance and statement are refused without naming a field or collection", async () => {
		for (const id of [otherCustomer['id'], '00000000-0000-4000-8000-000000000000']) {
			for (const what of ['timeline', 'balance', 'statement']) {
				const res = await http(instance, portalToken, 'GET', `/crm/customers/${id}/${what}`);
				expect([what, res.status, res.json.errors[0].extensions.code]).toEqual([what, 403, 'CRM_NOT_PERMITTED']);
				expect(res.json.errors[0].message).not.toMatch(INTERNALS);
			}
		}
	});

	test('through the items API the portal reads none of the rep\'s fields of an interaction, nor its hidden entries', async () => {
		const portal = await http(instance, portalToken, 'GET', `/items/crm_interactions?fields=id,type&limit=-1`);
		const ids = portal.json.data.map((r: Row) => r['id']);
		expect(ids).toContain(logged['email to them']);
		expect(ids).not.toContain(logged['call notes']);
		expect((await http(instance, portalToken, 'GET', `/items/crm_interactions/${logged['email to them']}?fields=outcome`)).status).toBe(403);
		expect((await http(instance, portalToken, 'GET', `/items/crm_customers/${customer['id']}?fields=credit_limit`)).status).toBe(403);
	});
});
