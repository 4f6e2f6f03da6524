import { createItem, createUser, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SALES_MANAGER, SALES_REP } from '../../scripts/access/define-access.ts';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';
import { dataOf } from '../support/issue-invoices.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const codeOf = (answer: { json: any }) => answer.json?.errors?.[0]?.extensions?.code;

/*
 * Commissions (S6.3) on a team of the test's own: Pat manages it, Sam and Tom are its reps. Sam's customer buys
 * hours at 1.00 EUR (VAT 0). Sam's plan: 5 % of revenue, 10 % above 100 % of a 1,000.00 EUR target, capped at
 * 50.00 EUR a month; the team's plan (Tom's): 3 %. In March:
 *   O1 600.00 invoiced 03-02, paid 03-10            → Sam: 600.00 at 5 % = 30.00
 *   O2 900.00 split Sam/Tom 50/50, paid 03-20       → Sam: 450.00 = 400.00 at 5 % + 50.00 at 10 % = 25.00, capped to 20.00
 *   O3 400.00 invoiced 03-06, half paid 03-25       → not yet fully paid: nothing in March
 * In April: a credit note of 100.00 on O1 (04-03) claws back 5.00; O3's rest is paid 04-10 → 400.00 at 5 % = 20.00.
 */
describe.each(inject('instances'))('sales commissions (S6.3) on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let samToken: string;
	let patToken: string;
	let monaToken: string;
	let sam: Row;
	let tom: Row;
	let customer: Row;
	const invoices: Record<string, Row> = {};

	const post = (path: string, body: unknown, token = patToken) => http(instance, token, 'POST', path, body);
	const compute = (rep: Row, start: string, end: string, token = patToken) => post('/crm/commissions/statements', { rep: rep['id'], period_start: start, period_end: end }, token);

	async function people(): Promise<void> {
		const u = uid().toLowerCase();
		const password = instance.demoPassword;
		const pat = (await admin.request(createUser({ email: `pat.c${u}@example.com`, password, role: SALES_MANAGER.id, first_name: 'Pat' }))) as Row;
		const samUser = (await admin.request(createUser({ email: `sam.c${u}@example.com`, password, role: SALES_REP.id, first_name: 'Sam' }))) as Row;
		const team = (await admin.request(createItem('crm_teams', { name: `Commissions ${u}`, manager: pat['id'] }))) as Row;
		sam = (await admin.request(createItem('crm_sales_reps', { name: `Sam Seller ${u}`, user: samUser['id'], team: team['id'] }))) as Row;
		tom = (await admin.request(createItem('crm_sales_reps', { name: `Tom Teammate ${u}`, team: team['id'] }))) as Row;
		samToken = (await (await loginAs(instance, `sam.c${u}@example.com`)).getToken())!;
		patToken = (await (await loginAs(instance, `pat.c${u}@example.com`)).getToken())!;
		monaToken = (await (await loginAs(instance, 'manager@example.com')).getToken())!;
		await dataOf(post('/items/crm_commission_plans', { name: 'Sam · 5 %, 10 % above target', rep: sam['id'], basis: 'revenue', rate_bp: 500, target_amount: 100_000, cap: 5_000, period: 'month', tiers: [{ from_attainment_bp: 10_000, rate_bp: 1000 }] }), 200);
		await dataOf(post('/items/crm_commission_plans', { name: 'Team · 3 %', team: team['id'], basis: 'revenue', rate_bp: 300, period: 'month' }), 200);
	}

	/** Orders of `units` hours owned by Sam, all confirmed first (the credit check sees no overdue invoice), then rendered and invoiced on their days. */
	async function invoiced(service: Row, warehouse: Row, specs: [units: number, issued: string][]): Promise<Row[]> {
		const orders: Row[] = [];
		for (const [units] of specs) {
			const order = await dataOf(post('/crm/orders', { customer: customer['id'], owner: sam['id'], order_date: '2026-03-01', warehouse: warehouse['id'], lines: [{ product: service['id'], quantity_milli: units * 1000 }] }, adminToken));
			await dataOf(post(`/crm/orders/${order.id}/confirm`, {}, adminToken), 200);
			orders.push(order);
		}
		const out: Row[] = [];
		for (const [i, order] of orders.entries()) {
			await dataOf(post(`/crm/orders/${order['id']}/shipments`, { kind: 'service_act', shipped_on: specs[i]![1] }, adminToken));
			out.push(await dataOf(post(`/crm/orders/${order['id']}/invoices`, { issue_date: specs[i]![1] }, adminToken)));
		}
		return out;
	}

	const pay = (invoice: Row, amount: number, day: string) => dataOf(post('/crm/payments', { customer: customer['id'], amount, currency: 'EUR', received_on: day, allocations: [{ invoice: invoice['id'], amount }] }, adminToken));

	async function sales(): Promise<void> {
		const u = uid();
		const warehouse = (await admin.request(createItem('crm_warehouses', { code: `CM-${u}`, name: 'Commission warehouse' }))) as Row;
		const prices = (await admin.request(createItem('crm_price_lists', { code: `CM-${u}`, name: 'Commission prices', kind: 'customer', currency: 'EUR' }))) as Row;
		const service = (await admin.request(createItem('crm_products', { sku: `CM-${u}`, name: 'Consulting hour', kind: 'service', unit: 'h', list_price: 100, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: prices['id'], product: service['id'], min_quantity_milli: 1000, unit_price: 100 }));
		customer = (await admin.request(createItem('crm_customers', { name: `Commissioned ${u}`, status: 'active', currency: 'EUR', credit_limit: 1_000_000_000, owner: sam['id'], price_list: prices['id'] }))) as Row;
		const [o1, o2, o3] = await invoiced(service, warehouse, [[600, '2026-03-02'], [900, '2026-03-05'], [400, '2026-03-06']]);
		Object.assign(invoices, { o1, o2, o3 });
		const o2order = invoices['o2']!['order'];
		await dataOf(post('/items/crm_commission_splits', { order: o2order, rep: sam['id'], share_bp: 5000 }), 200);
		await dataOf(post('/items/crm_commission_splits', { order: o2order, rep: tom['id'], share_bp: 5000 }), 200);
		await pay(invoices['o1']!, 60_000, '2026-03-10');
		await pay(invoices['o2']!, 90_000, '2026-03-20');
		await pay(invoices['o3']!, 20_000, '2026-03-25');
		await dataOf(post(`/crm/invoices/${invoices['o1']!['id']}/credit-notes`, { issue_date: '2026-04-03', reason: 'One hour too many', lines: [{ invoice_line: invoices['o1']!['lines'][0]['id'], quantity_milli: 100_000 }] }, adminToken));
		await pay(invoices['o3']!, 20_000, '2026-04-10');
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		await people();
		await sales();
	}, 300_000);

	test('March: tiers, a split and the cap, to the minor unit, every line explained', async () => {
		const answer = await compute(sam, '2026-03-01', '2026-03-31');
		expect(answer.status, JSON.stringify(answer.json)).toBe(201);
		const s = answer.json.data;
		expect([s.status, s.currency, Number(s.basis), Number(s.uncapped), Number(s.commission), s.attainment_bp, s.rep.name]).toEqual(['draft', 'EUR', 105_000, 5_500, 5_000, 10_500, sam['name']]);
		expect(s.lines.map((l: Row) => [l['kind'], l['document_number'], l['day'], Number(l['amount']), l['split_bp'], Number(l['basis']), Number(l['commission'])])).toEqual([
			['invoice_paid', invoices['o1']!['number'], '2026-03-10', 60_000, 10_000, 60_000, 3_000],
			['invoice_paid', invoices['o2']!['number'], '2026-03-20', 90_000, 5_000, 45_000, 2_000],
		]);
		expect(s.lines[1].explanation).toBe(`Invoice ${invoices['o2']!['number']} paid 2026-03-20: revenue 900.00 EUR × your share 50 % = 450.00 EUR: 400.00 EUR at 5 % (up to 100 % of target) and 50.00 EUR at 10 % (above 100 %) = 25.00 EUR; cap of 50.00 EUR reached: pays 20.00 EUR`);
		// Tom earns his half of O2 by the team's plan.
		const tomsAnswer = await compute(tom, '2026-03-01', '2026-03-31');
		expect(tomsAnswer.status, JSON.stringify(tomsAnswer.json)).toBe(201);
		expect([Number(tomsAnswer.json.data.basis), Number(tomsAnswer.json.data.commission), tomsAnswer.json.data.attainment_bp]).toEqual([45_000, 1_350, null]);
	});

	test('April: a credit note on an invoice paid in March claws back; the rest of O3 is paid', async () => {
		const answer = await compute(sam, '2026-04-01', '2026-04-30');
		expect(answer.status, JSON.stringify(answer.json)).toBe(201);
		const s = answer.json.data;
		expect(s.lines.map((l: Row) => [l['kind'], l['day'], Number(l['basis']), Number(l['commission'])])).toEqual([
			['credit_note', '2026-04-03', -10_000, -500],
			['invoice_paid', '2026-04-10', 40_000, 2_000],
		]);
		expect([Number(s.basis), Number(s.commission)]).toEqual([30_000, 1_500]);
		expect(s.lines[0].explanation).toContain(`reverses ${invoices['o1']!['number']}`);
	});

	test('the statement as the rep checks it: customers, rates, totals that add up; only the manager may approve', async () => {
		const march = (await compute(sam, '2026-03-01', '2026-03-31')).json.data;
		const april = (await compute(sam, '2026-04-01', '2026-04-30')).json.data;
		const view = (id: string, token: string) => http(instance, token, 'GET', `/crm/commissions/statements/${id}`);
		const seen = await view(march.id, samToken);
		expect(seen.status, JSON.stringify(seen.json)).toBe(200);
		const m = seen.json.data;
		expect([m.rep.name, m.plan.name, m.may_approve]).toEqual([sam['name'], 'Sam · 5 %, 10 % above target', false]);
		expect(m.lines.map((l: Row) => [l['customer_name'], l['rate_bp'], l['top_rate_bp'], Number(l['uncapped']), Number(l['commission'])])).toEqual([
			[customer['name'], 500, null, 3_000, 3_000],
			[customer['name'], 500, 1000, 2_500, 2_000],
		]);
		// 55.00 earned, 5.00 above the 50.00 cap.
		expect(m.totals).toEqual({ earned: 5_500, clawed_back: 0, capped: 500, payable: 5_000 });
		const a = (await view(april.id, patToken)).json.data;
		expect([a.totals, a.may_approve, a.lines[0].kind]).toEqual([{ earned: 2_000, clawed_back: 500, capped: 0, payable: 1_500 }, true, 'credit_note']);
		expect((await view(april.id, monaToken)).status).toBe(403);
		expect((await view(march.id, adminToken)).json.data.may_approve).toBe(true);
	});

	test('recomputing replaces the draft; approval locks it', async () => {
		const first = (await compute(sam, '2026-03-01', '2026-03-31')).json.data;
		const again = (await compute(sam, '2026-03-01', '2026-03-31')).json.data;
		expect(again.id).not.toBe(first.id);
		const stored = (await admin.request(readItems('crm_commission_statements', { filter: { rep: { _eq: sam['id'] }, period_start: { _eq: '2026-03-01' } }, fields: ['id'] }))) as Row[];
		expect(stored.map((r) => r['id'])).toEqual([again.id]);
		expect((await post(`/crm/commissions/statements/${again.id}/approve`, {}, samToken)).status).toBe(403);
		const approved = await post(`/crm/commissions/statements/${again.id}/approve`, {});
		expect(approved.status, JSON.stringify(approved.json)).toBe(200);
		expect([approved.json.data.status, approved.json.data.approved_at === null]).toEqual(['approved', false]);
		const locked = await compute(sam, '2026-03-01', '2026-03-31');
		expect([locked.status, codeOf(locked)]).toEqual([409, 'CRM_COMMISSION_STATEMENT_LOCKED']);
		const twice = await post(`/crm/commissions/statements/${again.id}/approve`, {});
		expect(codeOf(twice)).toBe('CRM_INVALID_TRANSITION');
		expect(codeOf(await http(instance, adminToken, 'DELETE', `/items/crm_commission_statements/${again.id}`))).toBe('CRM_COMMISSION_STATEMENT_LOCKED');
	});

	test('a rep reads his own statements and lines, not another\'s, and computes none; another team\'s manager neither', async () => {
		const toms = (await compute(tom, '2026-03-01', '2026-03-31')).json.data;
		const mine = await http(instance, samToken, 'GET', `/items/crm_commission_statements?filter[rep][_eq]=${sam['id']}&fields=id,lines.commission`);
		expect(mine.status).toBe(200);
		expect(mine.json.data.length).toBeGreaterThanOrEqual(2);
		expect((await http(instance, samToken, 'GET', `/items/crm_commission_statements/${toms.id}`)).status).toBe(403);
		const lines = await http(instance, samToken, 'GET', `/items/crm_commission_statement_lines?filter[statement][_eq]=${toms.id}`);
		expect(lines.json.data).toEqual([]);
		expect((await compute(sam, '2026-05-01', '2026-05-31', samToken)).status).toBe(403);
		expect((await compute(sam, '2026-05-01', '2026-05-31', monaToken)).status).toBe(403);
		expect((await http(instance, monaToken, 'GET', `/items/crm_commission_statements/${toms.id}`)).status).toBe(403);
		const plans = await http(instance, samToken, 'GET', '/items/crm_commission_plans?fields=name');
		expect(plans.json.data.map((p: Row) => p['name']).sort()).toEqual(['Sam · 5 %, 10 % above target', 'Team · 3 %']);
	});

	test('a manager sets commission plans only for the reps and teams they manage', async () => {
		const name = `Not yours ${uid()}`;
		const byMona = await http(instance, monaToken, 'POST', '/items/crm_commission_plans', { name, rep: tom['id'], basis: 'revenue', rate_bp: 900, period: 'month' });
		expect([byMona.status, codeOf(byMona), byMona.json?.errors?.[0]?.extensions?.field]).toEqual([403, 'CRM_PLAN_SCOPE_NOT_MANAGED', 'rep']);
		const forTeam = await http(instance, monaToken, 'POST', '/items/crm_commission_plans', { name, team: sam['team'], basis: 'revenue', rate_bp: 900, period: 'month' });
		expect([forTeam.status, codeOf(forTeam)]).toEqual([403, 'CRM_PLAN_SCOPE_NOT_MANAGED']);
		expect(await admin.request(readItems('crm_commission_plans', { filter: { name: { _eq: name } } }))).toEqual([]);
		// Pat's own plan moved to a rep of another team is refused too, and stays Sam's.
		const monasRep = ((await admin.request(readItems('crm_sales_reps', { filter: { team: { manager: { email: { _eq: 'manager@example.com' } } } }, fields: ['id'], sort: ['name'], limit: 1 }))) as Row[])[0]!;
		const own = ((await admin.request(readItems('crm_commission_plans', { filter: { rep: { _eq: sam['id'] } }, fields: ['id'] }))) as Row[])[0]!;
		const moved = await http(instance, patToken, 'PATCH', `/items/crm_commission_plans/${own['id']}`, { rep: monasRep['id'] });
		expect([moved.status, codeOf(moved)]).toEqual([403, 'CRM_PLAN_SCOPE_NOT_MANAGED']);
		expect(((await admin.request(readItems('crm_commission_plans', { filter: { id: { _eq: own['id'] } }, fields: ['rep'] }))) as Row[])[0]!['rep']).toBe(sam['id']);
	});

	test('statements are the CRM\'s, plans valid with their tiers, splits add up', async () => {
		const forged = await http(instance, adminToken, 'POST', '/items/crm_commission_statements', { rep: sam['id'], period_start: '2026-06-01', period_end: '2026-06-30' });
		expect(forged.status).toBeGreaterThanOrEqual(400);
		const name = `Bad tiers ${uid()}`;
		const bad = await failureOf(admin.request(createItem('crm_commission_plans', { name, rep: tom['id'], basis: 'revenue', rate_bp: 500, tiers: [{ from_attainment_bp: 10_000, rate_bp: 1000 }] })));
		expect([bad.code, bad.field]).toEqual(['CRM_COMMISSION_PLAN_INVALID', 'targetMinor']);
		expect(await admin.request(readItems('crm_commission_plans', { filter: { name: { _eq: name } } }))).toEqual([]);
		const both = await failureOf(admin.request(createItem('crm_commission_plans', { name, rep: tom['id'], team: sam['team'], basis: 'revenue', rate_bp: 500 })));
		expect(both.code).toBe('CRM_COMMISSION_PLAN_INVALID');
		const over = await failureOf(admin.request(createItem('crm_commission_splits', { order: invoices['o2']!['order'], rep: (await admin.request(createItem('crm_sales_reps', { name: `Extra ${uid()}` }))) ['id'], share_bp: 1 })));
		expect(over.code).toBe('CRM_COMMISSION_SPLIT_INVALID');
		const invalid = await post('/crm/commissions/statements', { rep: sam['id'], period_start: '2026-03-31', period_end: '2026-03-01' });
		expect([invalid.status, codeOf(invalid)]).toEqual([400, 'CRM_INVALID_PAYLOAD']);
	});
});
