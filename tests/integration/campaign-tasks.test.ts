import { createItem, createItems, readItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const today = () => new Date().toISOString().slice(0, 10);

async function csvOf(url: string, token: string): Promise<{ status: number; type: string | null; lines: string[] }> {
	const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
	const text = await res.text();
	return { status: res.status, type: res.headers.get('content-type'), lines: text.split('\r\n').filter((l) => l !== '') };
}

describe.each(inject('instances'))('call and visit campaigns: tasks for reps and call lists on $name', (instance) => {
	let admin: Client;
	let marketing: string;
	let rep: string;
	let rita: Row;
	let other: Row;
	let campaign: Row;
	let names: string[];

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		marketing = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
		rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		const reps = (await admin.request(readItems('crm_sales_reps', { filter: { active: { _eq: true } }, sort: ['email'], limit: -1 }))) as Row[];
		rita = reps.find((r) => r['email'] === 'rita.rep@example.com')!;
		other = reps.find((r) => r['email'] !== 'rita.rep@example.com')!;
		names = [`Tasks A ${uid()}`, `Tasks B ${uid()}`, `Tasks C ${uid()}`];
		const owners = [rita['id'], other['id'], null];
		// One by one: a batch create does not promise to answer in the order it was given.
		const customers: Row[] = [];
		for (const [i, name] of names.entries()) customers.push((await admin.request(createItem('crm_customers', { name, currency: 'EUR', status: 'active', owner: owners[i] }))) as Row);
		await admin.request(createItems('crm_contacts', customers.map((c, i) => ({ customer: c['id'], first_name: `Caller${i}`, last_name: 'Tested', phone: `+49 30 55${i}`, marketing_consent: true }))));
		const segment = (await admin.request(createItem('crm_market_segments', { code: `TASKS-${uid()}`, name: 'Tasks test', applies_to: 'customers' }))) as Row;
		await admin.request(createItems('crm_customers_market_segments', customers.map((c) => ({ crm_customers_id: c['id'], crm_market_segments_id: segment['id'] }))));
		campaign = (await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `CALLS-${uid()}`, name: 'Autumn calls', channel: 'call', status: 'running', segments: { create: [{ crm_market_segments_id: segment['id'] }] } })).json.data as Row;
		expect((await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/members`)).json.data.added).toBe(3);
	});

	test('each member becomes a task of their customer\'s rep, due today; one without a rep is counted, and doing it again changes nothing', async () => {
		const made = await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/tasks`, {});
		expect(made.status, JSON.stringify(made.json)).toBe(200);
		expect(made.json.data).toEqual({ campaign: campaign['id'], due: today(), made: 2, by_rep: expect.arrayContaining([{ rep: rita['id'], tasks: 1 }, { rep: other['id'], tasks: 1 }]), left_out: { no_rep: 1, already_tasks: 0, already_reached: 0 } });
		const again = await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/tasks`, {});
		expect(again.json.data).toMatchObject({ made: 0, left_out: { no_rep: 1, already_tasks: 2 } });
	});

	test('the call list is a CSV in words; a rep gets only their own customers\' calls', async () => {
		const all = await csvOf(`${instance.url}/crm/campaigns/${campaign['id']}/call-list`, marketing);
		expect([all.status, all.type]).toEqual([200, 'text/csv; charset=utf-8']);
		expect(all.lines[0]).toBe('Customer,Contact,Phone,Mobile,E-mail,Rep,Due,Task,Last outcome,Offer');
		expect(all.lines, all.lines.join('\n')).toHaveLength(4);
		expect(all.lines, all.lines.join(' / ')).toContain(`${names[0]},Caller0 Tested,+49 30 550,,,${rita['name']},${today()},To do,,`);
		expect(all.lines).toContain(`${names[2]},Caller2 Tested,+49 30 552,,,,,,,`);
		const own = await csvOf(`${instance.url}/crm/campaigns/${campaign['id']}/call-list`, rep);
		expect(own.lines.slice(1)).toEqual([`${names[0]},Caller0 Tested,+49 30 550,,,${rita['name']},${today()},To do,,`]);
	});

	test('a rep logging the outcome closes the task, and the timeline entry is theirs', async () => {
		const [member] = (await http(instance, rep, 'GET', `/items/crm_campaign_members?filter[campaign][_eq]=${campaign['id']}&fields=id,task_state,rep`)).json.data as Row[];
		expect(member).toMatchObject({ task_state: 'open', rep: rita['id'] });
		const logged = await http(instance, rep, 'POST', `/crm/campaign-members/${member!['id']}/touches`, { kind: 'responded', outcome: 'Wants a visit in May' });
		expect(logged.status, JSON.stringify(logged.json)).toBe(201);
		expect(await admin.request(readItem('crm_campaign_members', member!['id'], { fields: ['task_state', 'last_touch'] }))).toEqual({ task_state: 'done', last_touch: 'responded' });
		const [interaction] = (await admin.request(readItems('crm_interactions', { filter: { related_key: { _eq: logged.json.data.id } }, fields: ['rep', 'type', 'outcome'] }))) as Row[];
		expect(interaction).toEqual({ rep: rita['id'], type: 'call', outcome: 'Wants a visit in May' });
	});

	test('refuses tasks for an e-mail campaign, a due day in the past, and a rep who may not change the campaign; members are the CRM\'s', async () => {
		const mail = (await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `MAIL-${uid()}`, name: 'Newsletter', channel: 'email' })).json.data as Row;
		const notCalls = await http(instance, marketing, 'POST', `/crm/campaigns/${mail['id']}/tasks`, {});
		expect([notCalls.status, notCalls.json.errors[0].extensions]).toEqual([409, expect.objectContaining({ code: 'CRM_CAMPAIGN_NO_TASKS', reason: 'not_call_or_visit' })]);
		const list = await http(instance, marketing, 'GET', `/crm/campaigns/${mail['id']}/call-list`);
		expect([list.status, list.json.errors[0].extensions.code]).toEqual([409, 'CRM_CAMPAIGN_NO_TASKS']);
		const past = await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/tasks`, { due: '2020-01-01' });
		expect([past.status, past.json.errors[0].extensions]).toEqual([400, expect.objectContaining({ code: 'CRM_OUT_OF_RANGE', field: 'due' })]);
		expect((await http(instance, rep, 'POST', `/crm/campaigns/${campaign['id']}/tasks`, {})).status).toBe(403);
		const [member] = (await http(instance, rep, 'GET', `/items/crm_campaign_members?filter[campaign][_eq]=${campaign['id']}&fields=id`)).json.data as Row[];
		const patched = await http(instance, rep, 'PATCH', `/items/crm_campaign_members/${member!['id']}`, { task_state: 'open' });
		expect([patched.status, patched.json.errors[0].extensions.code]).toEqual([400, 'CRM_READONLY_FIELD']);
		expect((await http(instance, marketing, 'GET', '/crm/campaigns/not-a-uuid/call-list')).status).toBe(404);
	});
});
