import { createItem, createUser, readItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SALES_MANAGER, SALES_REP } from '../../scripts/access/define-access.ts';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const codeOf = (answer: { json: any }) => answer.json?.errors?.[0]?.extensions?.code;

/*
 * Territories (S6.2) on a region and group of the test's own. Pat manages team North (Ann, Ben, and Ivy who
 * left: inactive); Ozzy is in team South, which Pat does not manage. Rules, tried by priority:
 *   1: region R and group G → Ozzy
 *   2: region R → team North (its active rep with the fewest customers)
 */
describe.each(inject('instances'))('territories and customer assignment (S6.2) on $name', (instance) => {
	let admin: Client;
	let adminId: string;
	let adminToken: string;
	let patToken: string;
	let patId: string;
	let annToken: string;
	const rep: Record<string, Row> = {};
	let region: Row;
	let group: Row;
	const rule: Record<string, Row> = {};

	const post = (path: string, body: unknown, token = adminToken) => http(instance, token, 'POST', path, body);
	const patch = (path: string, body: unknown, token = adminToken) => http(instance, token, 'PATCH', path, body);
	const newCustomer = async (name: string, extra: Row = {}) => (await admin.request(createItem('crm_customers', { name: `${name} ${uid()}`, region: region['id'], ...extra }))) as Row;
	const ownerOf = async (customer: Row) => ((await admin.request(readItem('crm_customers', customer['id'], { fields: ['owner'] }))) as Row)['owner'];
	const historyOf = async (customer: Row) => (await admin.request(readItems('crm_customer_assignments', { filter: { customer: { _eq: customer['id'] } }, fields: ['from_rep', 'to_rep', 'by_user', 'kind', 'rule', 'reason', 'at'], sort: ['at'] }))) as Row[];

	async function people(u: string): Promise<void> {
		const password = instance.demoPassword;
		const pat = (await admin.request(createUser({ email: `pat.t${u}@example.com`, password, role: SALES_MANAGER.id, first_name: 'Pat' }))) as Row;
		const ann = (await admin.request(createUser({ email: `ann.t${u}@example.com`, password, role: SALES_REP.id, first_name: 'Ann' }))) as Row;
		patId = pat['id'];
		const north = (await admin.request(createItem('crm_teams', { name: `North ${u}`, manager: pat['id'] }))) as Row;
		const south = (await admin.request(createItem('crm_teams', { name: `South ${u}` }))) as Row;
		rep['ann'] = (await admin.request(createItem('crm_sales_reps', { name: `Ann ${u}`, user: ann['id'], team: north['id'] }))) as Row;
		rep['ben'] = (await admin.request(createItem('crm_sales_reps', { name: `Ben ${u}`, team: north['id'] }))) as Row;
		rep['ivy'] = (await admin.request(createItem('crm_sales_reps', { name: `Ivy ${u}`, team: north['id'], active: false }))) as Row;
		rep['ozzy'] = (await admin.request(createItem('crm_sales_reps', { name: `Ozzy ${u}`, team: south['id'] }))) as Row;
		rep['north'] = north;
		patToken = (await (await loginAs(instance, `pat.t${u}@example.com`)).getToken())!;
		annToken = (await (await loginAs(instance, `ann.t${u}@example.com`)).getToken())!;
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		adminId = ((await http(instance, adminToken, 'GET', '/users/me')).json.data as Row)['id'];
		const u = uid();
		region = (await admin.request(createItem('crm_regions', { code: `T-${u}`, name: `Territory ${u}` }))) as Row;
		group = (await admin.request(createItem('crm_customer_groups', { code: `TG-${u}`, name: `Dealers ${u}` }))) as Row;
		await people(u.toLowerCase());
		rule['dealers'] = (await admin.request(createItem('crm_assignment_rules', { name: `Dealers of ${u} → Ozzy`, sort: 1, region: region['id'], customer_group: group['id'], target_rep: rep['ozzy']!['id'] }))) as Row;
		rule['region'] = (await admin.request(createItem('crm_assignment_rules', { name: `Region ${u} → North`, sort: 2, region: region['id'], target_team: rep['north']!['id'] }))) as Row;
	}, 300_000);

	test('a customer created without an owner gets the first matching rule\'s rep, with its history row', async () => {
		const dealer = await newCustomer('Dealer', { groups: [{ crm_customer_groups_id: group['id'] }] });
		expect(await ownerOf(dealer)).toBe(rep['ozzy']!['id']);
		const [row, ...more] = await historyOf(dealer);
		expect(more).toEqual([]);
		expect([row!['from_rep'], row!['to_rep'], row!['kind'], row!['rule'], row!['by_user']]).toEqual([null, rep['ozzy']!['id'], 'rule', rule['dealers']!['id'], adminId]);
		expect(row!['reason']).toBe(`Rule "${rule['dealers']!['name']}" (priority 1) matched: region ${region['name']}, group ${group['name']}; assigned to ${rep['ozzy']!['name']}.`);
	});

	test('a team target balances: its active rep with the fewest customers, ties by id, never an inactive rep', async () => {
		const [first, second] = [rep['ann']!, rep['ben']!].sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
		const one = await newCustomer('Balanced one');
		const two = await newCustomer('Balanced two');
		expect([await ownerOf(one), await ownerOf(two)]).toEqual([first!['id'], second!['id']]);
		expect((await historyOf(two))[0]!['reason']).toContain(`${second!['name']} has the fewest customers in team ${rep['north']!['name']} (0)`);
	});

	test('an owner changed by a manager through the API or Studio writes history with who and why; the reason is not kept on the customer', async () => {
		const customer = await newCustomer('Handed over', { owner: rep['ann']!['id'] });
		const answer = await patch(`/items/crm_customers/${customer['id']}`, { owner: rep['ben']!['id'], owner_change_reason: 'Ann is on leave' }, patToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const rows = await historyOf(customer);
		expect(rows.map((r) => [r['from_rep'], r['to_rep'], r['kind'], r['by_user'], r['reason']])).toEqual([
			[null, rep['ann']!['id'], 'manual', adminId, 'Owner chosen when the customer was created.'],
			[rep['ann']!['id'], rep['ben']!['id'], 'manual', patId, 'Ann is on leave'],
		]);
		expect(((await admin.request(readItem('crm_customers', customer['id'], { fields: ['owner_change_reason'] }))) as Row)['owner_change_reason']).toBeNull();
		// A change of something else writes nothing.
		await patch(`/items/crm_customers/${customer['id']}`, { city: 'Oslo' }, patToken);
		expect(await historyOf(customer)).toHaveLength(2);
	});

	test('the rules applied to existing customers: the preview says from → to and why, a manager\'s is refused outside their teams, the apply writes owner and history', async () => {
		const customer = await newCustomer('Became a dealer', { owner: rep['ann']!['id'] });
		await admin.request(createItem('crm_customers_customer_groups', { crm_customers_id: customer['id'], crm_customer_groups_id: group['id'] }));
		const preview = await post('/crm/assignment/preview', { customers: [customer['id']] });
		expect(preview.status, JSON.stringify(preview.json)).toBe(200);
		const [row] = preview.json.data.rows;
		expect([preview.json.data.changes, row.outcome, row.from_name, row.to_name, row.rule]).toEqual([1, 'change', rep['ann']!['name'], rep['ozzy']!['name'], rule['dealers']!['id']]);
		const managers = await post('/crm/assignment/preview', { customers: [customer['id']] }, patToken);
		expect([managers.json.data.changes, managers.json.data.rows[0].outcome]).toEqual([0, 'refused']);
		expect(await ownerOf(customer)).toBe(rep['ann']!['id']);
		const applied = await post('/crm/assignment/apply', { customers: [customer['id']], reason: 'Dealers belong to Ozzy' });
		expect([applied.status, applied.json.data.changes]).toEqual([200, 1]);
		expect(await ownerOf(customer)).toBe(rep['ozzy']!['id']);
		const last = (await historyOf(customer)).at(-1)!;
		expect([last['from_rep'], last['to_rep'], last['kind'], last['rule'], last['by_user']]).toEqual([rep['ann']!['id'], rep['ozzy']!['id'], 'rule', rule['dealers']!['id'], adminId]);
		expect(last['reason']).toMatch(/^Dealers belong to Ozzy — Rule "/);
	});

	test('a rep who leaves: every customer moves to another rep, each with a bulk history row', async () => {
		const mine = [await newCustomer('Ben one', { owner: rep['ben']!['id'] }), await newCustomer('Ben two', { owner: rep['ben']!['id'] })];
		const before = (await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rep['ben']!['id'] } }, fields: ['id'], limit: -1 }))) as Row[];
		const moved = await post('/crm/assignment/reassign', { from_rep: rep['ben']!['id'], to_rep: rep['ann']!['id'], reason: 'Ben left the company' }, patToken);
		expect(moved.status, JSON.stringify(moved.json)).toBe(200);
		expect([...moved.json.data.customers].sort()).toEqual(before.map((r) => r['id']).sort());
		for (const customer of mine) {
			expect(await ownerOf(customer)).toBe(rep['ann']!['id']);
			const last = (await historyOf(customer)).at(-1)!;
			expect([last['from_rep'], last['to_rep'], last['kind'], last['by_user'], last['reason']]).toEqual([rep['ben']!['id'], rep['ann']!['id'], 'bulk', patId, 'Ben left the company']);
		}
	});

	test('a manager cannot move customers outside their teams, a rep cannot change an owner at all; nothing is written', async () => {
		const ozzys = await newCustomer('Ozzy keeps', { owner: rep['ozzy']!['id'] });
		const anns = await newCustomer('Ann keeps', { owner: rep['ann']!['id'] });
		const outside = await post('/crm/assignment/reassign', { from_rep: rep['ozzy']!['id'], to_rep: rep['ann']!['id'], reason: 'Taking over' }, patToken);
		expect([outside.status, codeOf(outside)]).toEqual([403, 'CRM_OWNER_ASSIGNMENT_FORBIDDEN']);
		const away = await patch(`/items/crm_customers/${anns['id']}`, { owner: rep['ozzy']!['id'] }, patToken);
		expect([away.status, codeOf(away)]).toEqual([403, 'CRM_OWNER_ASSIGNMENT_FORBIDDEN']);
		const byRep = await patch(`/items/crm_customers/${anns['id']}`, { owner: rep['ben']!['id'], owner_change_reason: 'I want to' }, annToken);
		expect([byRep.status, codeOf(byRep)]).toEqual([403, 'CRM_OWNER_ASSIGNMENT_FORBIDDEN']);
		const repMove = await post('/crm/assignment/reassign', { from_rep: rep['ann']!['id'], to_rep: rep['ben']!['id'], reason: 'Mine' }, annToken);
		expect([repMove.status, codeOf(repMove)]).toEqual([403, 'CRM_NOT_PERMITTED']);
		expect([await ownerOf(ozzys), await ownerOf(anns)]).toEqual([rep['ozzy']!['id'], rep['ann']!['id']]);
		expect((await historyOf(ozzys)).length + (await historyOf(anns)).length).toBe(2);
		// The rep reads the history of their own customer, and cannot write it.
		const read = await http(instance, annToken, 'GET', `/items/crm_customer_assignments?filter[customer][_eq]=${anns['id']}&fields=to_rep.name,reason`);
		expect(read.json.data).toEqual([{ to_rep: { name: rep['ann']!['name'] }, reason: 'Owner chosen when the customer was created.' }]);
		// Its fields are the CRM's (read-only), and the collection is append-only for the CRM alone.
		const forged = await post('/items/crm_customer_assignments', { customer: anns['id'], to_rep: rep['ben']!['id'], at: new Date().toISOString(), kind: 'manual' }, annToken);
		expect([forged.status, codeOf(forged)]).toEqual([400, 'CRM_READONLY_FIELD']);
		expect(await historyOf(anns)).toHaveLength(1);
	});

	test('bad input is refused with a code and writes nothing', async () => {
		const customer = await newCustomer('Stays', { owner: rep['ann']!['id'] });
		const cases: [unknown, number, string][] = [
			[{ from_rep: rep['ann']!['id'], to_rep: rep['ben']!['id'] }, 400, 'CRM_ASSIGNMENT_REASON_REQUIRED'],
			[{ from_rep: rep['ann']!['id'], to_rep: rep['ben']!['id'], reason: 'x'.repeat(501) }, 400, 'CRM_TOO_LONG'],
			[{ from_rep: 'ann', to_rep: rep['ben']!['id'], reason: 'Why' }, 400, 'CRM_INVALID_PAYLOAD'],
			[{ from_rep: rep['ann']!['id'], to_rep: rep['ann']!['id'], reason: 'Why' }, 400, 'CRM_INVALID_PAYLOAD'],
			[{ from_rep: rep['ann']!['id'], to_rep: rep['ivy']!['id'], reason: 'Why' }, 409, 'CRM_ASSIGNMENT_REP_INACTIVE'],
			[{ from_rep: rep['ann']!['id'], to_rep: '00000000-0000-4000-8000-000000000000', reason: 'Why' }, 404, 'CRM_NOT_FOUND'],
		];
		for (const [body, status, code] of cases) {
			const answer = await post('/crm/assignment/reassign', body);
			expect([answer.status, codeOf(answer)], JSON.stringify(body)).toEqual([status, code]);
		}
		const toIvy = await patch(`/items/crm_customers/${customer['id']}`, { owner: rep['ivy']!['id'] });
		expect([toIvy.status, codeOf(toIvy)]).toEqual([409, 'CRM_ASSIGNMENT_REP_INACTIVE']);
		expect(await ownerOf(customer)).toBe(rep['ann']!['id']);
		expect(await historyOf(customer)).toHaveLength(1);
		expect(codeOf(await post('/crm/assignment/apply', { customers: [customer['id']] }))).toBe('CRM_ASSIGNMENT_REASON_REQUIRED');
		expect(codeOf(await post('/crm/assignment/preview', { customers: 'all' }))).toBe('CRM_INVALID_PAYLOAD');
		const name = `Both ${uid()}`;
		const both = await post('/items/crm_assignment_rules', { name, target_rep: rep['ann']!['id'], target_team: rep['north']!['id'] });
		expect([both.status, codeOf(both)]).toEqual([400, 'CRM_ASSIGNMENT_RULE_INVALID']);
		expect(await admin.request(readItems('crm_assignment_rules', { filter: { name: { _eq: name } } }))).toEqual([]);
		const forged = await post('/items/crm_customer_assignments', { customer: customer['id'], to_rep: rep['ben']!['id'], at: new Date().toISOString(), kind: 'manual' });
		expect([forged.status, codeOf(forged)]).toEqual([400, 'CRM_READONLY_FIELD']);
		const [kept] = (await admin.request(readItems('crm_customer_assignments', { filter: { customer: { _eq: customer['id'] } }, fields: ['id'] }))) as Row[];
		const removed = await http(instance, adminToken, 'DELETE', `/items/crm_customer_assignments/${kept!['id']}`);
		expect([removed.status, codeOf(removed)]).toEqual([409, 'CRM_LEDGER_APPEND_ONLY']);
		expect(await historyOf(customer)).toHaveLength(1);
		expect((await post('/items/crm_assignment_rules', { name, target_rep: rep['ann']!['id'] }, patToken)).status).toBe(403);
	});
});
