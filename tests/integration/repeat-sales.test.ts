import { createItem, createUser, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SALES_MANAGER, SALES_REP } from '../../scripts/access/define-access.ts';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/*
 * Repeat sales (S6.9) on a product group of the test's own, which only its orders hold:
 *   Ada (Sam's customer, Sam in Mia's team) bought it on 2026-03-02, 04-01 and 05-01: gaps 30 and 30, so a
 *   30-day cycle, due 2026-05-31; on 2026-06-06 that is 6 days overdue, 36 since the last purchase.
 *   Bo (Tom's customer, Tom in another team) on 2026-02-01, 03-03 and 04-02: due 2026-05-02; on 2026-06-06 it is
 *   65 days since the last purchase, at least twice the cycle (60): a churn risk, 35 days overdue.
 * A draft order of Ada's on 2026-05-20 does not count.
 */
describe.each(inject('instances'))('repeat sales (S6.9) on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	const token: Record<string, string> = {};
	const rep: Record<string, Row> = {};
	const customer: Record<string, Row> = {};
	let group: Row;
	let product: Row;
	let warehouse: Row;

	const get = (path: string, who: string) => http(instance, token[who] ?? who, 'GET', path);
	const run = (date: string, who = adminToken) => http(instance, who, 'POST', '/crm/reorders/run', { date });

	async function person(name: string, role: string): Promise<string> {
		const user = (await admin.request(createUser({ email: `${name}@example.com`, password: instance.demoPassword, role, first_name: name.split('.')[0] }))) as Row;
		token[name.split('.')[0]!] = (await (await loginAs(instance, `${name}@example.com`)).getToken())!;
		return String(user['id']);
	}

	async function people(u: string): Promise<void> {
		const mia = await person(`mia.${u}`, SALES_MANAGER.id);
		const team = (await admin.request(createItem('crm_teams', { name: `Reorder team ${u}`, manager: mia }))) as Row;
		const other = (await admin.request(createItem('crm_teams', { name: `Other team ${u}` }))) as Row;
		rep['sam'] = (await admin.request(createItem('crm_sales_reps', { name: `Sam Reorder ${u}`, user: await person(`sam.${u}`, SALES_REP.id), team: team['id'] }))) as Row;
		rep['tom'] = (await admin.request(createItem('crm_sales_reps', { name: `Tom Reorder ${u}`, user: await person(`tom.${u}`, SALES_REP.id), team: other['id'] }))) as Row;
	}

	async function catalogue(u: string): Promise<void> {
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `RO-${u}`, name: 'Reorder warehouse' }))) as Row;
		const prices = (await admin.request(createItem('crm_price_lists', { code: `RO-${u}`, name: 'Reorder prices', kind: 'customer', currency: 'EUR' }))) as Row;
		group = (await admin.request(createItem('crm_product_groups', { code: `RO-${u}`, name: `Coffee ${u}` }))) as Row;
		product = (await admin.request(createItem('crm_products', { sku: `RO-${u}`, name: `Beans ${u}`, kind: 'goods', unit: 'kg', group: group['id'], list_price: 1_000, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: prices['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 1_000 }));
		await admin.request(createItem('crm_stock_levels', { product: product['id'], warehouse: warehouse['id'], on_hand_milli: 1_000_000 }));
		for (const [key, owner] of [['ada', 'sam'], ['bo', 'tom']] as const) {
			customer[key] = (await admin.request(createItem('crm_customers', { name: `${key === 'ada' ? 'Ada' : 'Bo'} Roasters ${u}`, status: 'active', currency: 'EUR', credit_limit: 1_000_000_000, owner: rep[owner]!['id'], price_list: prices['id'] }))) as Row;
		}
	}

	async function order(key: string, day: string, confirm = true): Promise<void> {
		const created = await http(instance, adminToken, 'POST', '/crm/orders', { customer: customer[key]!['id'], order_date: day, warehouse: warehouse['id'], lines: [{ product: product['id'], quantity_milli: 1000 }] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		if (confirm) expect((await http(instance, adminToken, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {})).status).toBe(200);
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		const u = uid().toLowerCase();
		await people(u);
		await catalogue(u);
		for (const day of ['2026-03-02', '2026-04-01', '2026-05-01']) await order('ada', day);
		await order('ada', '2026-05-20', false);
		for (const day of ['2026-02-01', '2026-03-03', '2026-04-02']) await order('bo', day);
	}, 300_000);

	/** The test's own reorders in a list (other files' customers buy other groups). */
	async function reorders(who: string, query = 'date=2026-06-06'): Promise<Row[]> {
		const answer = await get(`/crm/reorders?${query}`, who);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		return answer.json.data.reorders.filter((r: Row) => r.product_group.id === group['id']);
	}

	test('the reorder list gives the hand-computed cycle, due day and overdue days, most urgent first, explained', async () => {
		const rows = await reorders(adminToken);
		expect(rows.map((r) => [r.customer.name, r.status, r.cycle_days, r.purchases, r.last_purchase, r.next_due, r.days_since_last, r.days_overdue])).toEqual([
			[customer['bo']!['name'], 'churn_risk', 30, 3, '2026-04-02', '2026-05-02', 65, 35],
			[customer['ada']!['name'], 'due', 30, 3, '2026-05-01', '2026-05-31', 36, 6],
		]);
		expect(rows[1]!.explanation).toBe(`Buys ${group['name']} every 30 days; last on 2026-05-01, due 2026-05-31, 6 days overdue`);
		expect(rows[0]!.explanation).toBe(`Buys ${group['name']} every 30 days; last on 2026-04-02, due 2026-05-02, 35 days overdue — churn risk (over 2× the cycle)`);
		expect(rows[1]!.owner).toEqual({ id: rep['sam']!['id'], name: rep['sam']!['name'] });
		expect((await reorders(adminToken, 'date=2026-06-06&status=churn_risk')).map((r) => r.customer.id)).toEqual([customer['bo']!['id']]);
		// Before Ada's due day she shows only in the full list, as not due.
		expect(await reorders(adminToken, 'date=2026-05-20')).toEqual([expect.objectContaining({ customer: { id: customer['bo']!['id'], name: customer['bo']!['name'] } })]);
		expect((await reorders(adminToken, 'date=2026-05-20&status=all')).map((r) => [r.customer.id, r.status])).toEqual([[customer['bo']!['id'], 'due'], [customer['ada']!['id'], 'not_due']]);
	});

	test('a rep sees only their own customers\' reorders, a manager their team\'s', async () => {
		expect((await reorders('sam')).map((r) => r.customer.id)).toEqual([customer['ada']!['id']]);
		expect((await reorders('tom')).map((r) => r.customer.id)).toEqual([customer['bo']!['id']]);
		expect((await reorders('mia')).map((r) => r.customer.id)).toEqual([customer['ada']!['id']]);
		expect((await reorders('sam', `date=2026-06-06&rep=${rep['tom']!['id']}`))).toEqual([]);
		expect((await reorders(adminToken, `date=2026-06-06&rep=${rep['tom']!['id']}`)).map((r) => r.customer.id)).toEqual([customer['bo']!['id']]);
	});

	async function tasksOf(key: string): Promise<Row[]> {
		return (await admin.request(readItems('crm_sales_tasks', { filter: { customer: { _eq: customer[key]!['id'] } }, fields: ['id', 'kind', 'title', 'assignee', 'due_date', 'done', 'product_group', 'explanation', 'key'], sort: ['date_created'] }))) as Row[];
	}

	test('the job run twice makes one task each for the owner, notifies them and flags the churn risk; a new order clears the flag', async () => {
		for (let i = 0; i < 2; i++) expect((await run('2026-06-06')).status).toBe(200);
		const [ada, bo] = [await tasksOf('ada'), await tasksOf('bo')];
		expect(ada.map((t) => [t.kind, t.assignee, t.due_date, t.done, t.product_group, t.key])).toEqual([['reorder', rep['sam']!['id'], '2026-06-06', false, group['id'], `${customer['ada']!['id']}:${group['id']}:2026-06-06`]]);
		expect(ada[0]!.title).toBe(`Reorder due: ${customer['ada']!['name']} — ${group['name']}`);
		expect(bo.map((t) => [t.kind, t.assignee])).toEqual([['churn_risk', rep['tom']!['id']]]);
		const inbox = (await get(`/notifications?filter[item][_eq]=${ada[0]!.id}&fields=subject,collection`, 'sam')).json.data;
		expect(inbox).toEqual([{ subject: ada[0]!.title, collection: 'crm_sales_tasks' }]);
		// The next day the open tasks stop another.
		expect((await run('2026-06-07')).status).toBe(200);
		expect((await tasksOf('ada')).length).toBe(1);
		const flagged = (await admin.request(readItems('crm_customers', { filter: { id: { _in: [customer['ada']!['id'], customer['bo']!['id']] } }, fields: ['name', 'churn_risk', 'churn_risk_note'], sort: ['name'] }))) as Row[];
		expect(flagged.map((c) => [c.name, c.churn_risk])).toEqual([[customer['ada']!['name'], false], [customer['bo']!['name'], true]]);
		expect(flagged[1]!.churn_risk_note).toBe(`${group['name']}: Buys ${group['name']} every 30 days; last on 2026-04-02, due 2026-05-02, 36 days overdue — churn risk (over 2× the cycle)`);
		await order('bo', '2026-06-08');
		const cleared = await run('2026-06-08');
		expect(cleared.status, JSON.stringify(cleared.json)).toBe(200);
		expect(await admin.request(readItems('crm_customers', { filter: { id: { _eq: customer['bo']!['id'] } }, fields: ['churn_risk', 'churn_risk_note'] }))).toEqual([{ churn_risk: false, churn_risk_note: null }]);
	});

	test('reps work their own follow-ups; a generated one keeps what it is about, and the flag is the CRM\'s', async () => {
		const [task] = await tasksOf('ada');
		expect((await http(instance, token['sam']!, 'PATCH', `/items/crm_sales_tasks/${task!.id}`, { done: true, notes: 'Ordered by phone' })).status).toBe(200);
		const kind = await http(instance, token['mia']!, 'PATCH', `/items/crm_sales_tasks/${task!.id}`, { kind: 'other' });
		expect([kind.status, kind.json.errors?.[0]?.extensions?.code]).toEqual([409, 'CRM_SALES_TASK_GENERATED']);
		const made = await http(instance, token['sam']!, 'POST', '/items/crm_sales_tasks', { title: 'Reorder by hand', customer: customer['ada']!['id'], kind: 'reorder' });
		expect([made.status, made.json.errors?.[0]?.extensions?.code]).toEqual([409, 'CRM_SALES_TASK_GENERATED']);
		const other = await http(instance, token['sam']!, 'POST', '/items/crm_sales_tasks', { title: 'Send samples', customer: customer['ada']!['id'], kind: 'other', due_date: '2026-06-10' });
		expect(other.status, JSON.stringify(other.json)).toBe(200);
		expect((await get(`/items/crm_sales_tasks?filter[customer][_eq]=${customer['ada']!['id']}&fields=id`, 'tom')).json.data).toEqual([]);
		expect((await get(`/items/crm_sales_tasks?filter[customer][_eq]=${customer['ada']!['id']}&fields=title&sort=title`, 'mia')).json.data.map((t: Row) => t.title)).toEqual([task!.title, 'Send samples']);
		const key = await failureOf(admin.request(updateItem('crm_sales_tasks', task!.id, { key: 'x' })));
		expect([key.status, key.code]).toEqual([400, 'CRM_READONLY_FIELD']);
		const flag = await failureOf(admin.request(updateItem('crm_customers', customer['ada']!['id'], { churn_risk: true })));
		expect([flag.status, flag.code, flag.field]).toEqual([400, 'CRM_READONLY_FIELD', 'churn_risk']);
	});

	test('wrong questions and a rep running the job are refused with a code', async () => {
		for (const query of ['status=overdue', 'date=2026-02-30', 'rep=sam']) {
			const refused = await get(`/crm/reorders?${query}`, 'sam');
			expect([refused.status, refused.json.errors?.[0]?.extensions?.code], query).toEqual([400, 'CRM_INVALID_QUERY']);
		}
		const bad = await run('tomorrow');
		expect([bad.status, bad.json.errors?.[0]?.extensions?.code]).toEqual([400, 'CRM_INVALID_PAYLOAD']);
		const byRep = await run('2026-06-06', token['sam']!);
		expect([byRep.status, byRep.json.errors?.[0]?.extensions?.code]).toEqual([403, 'CRM_NOT_PERMITTED']);
	});
});
