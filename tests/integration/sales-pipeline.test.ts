import { createItem, deleteItem, readItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/*
 * The pipeline as a rep and her manager work it: Rita (North team, managed by Mona) owns one customer; a
 * second North rep owns another, which Mona sees and Rita does not. Stages are the ones the module starts with.
 */
describe.each(inject('instances'))('sales pipeline (S6.8) on $name', (instance) => {
	let admin: Client;
	let rita: Client;
	let mona: Client;
	let ritaToken: string;
	let stages: Record<string, Row>;
	let reasons: Row[];
	let ritaRep: Row;
	let ritaCustomer: string;
	let teammateCustomer: string;
	let product: Row;
	let warehouse: Row;

	const open = (client: Client, over: Row = {}) => client.request(createItem('crm_opportunities', { name: `Deal ${uid()}`, customer: ritaCustomer, amount: 1_200_000, currency: 'EUR', expected_close: inDays(30), ...over })) as Promise<Row>;
	const read = (id: string) => admin.request(readItem('crm_opportunities', id, { fields: ['*'] })) as Promise<Row>;
	const history = (id: string) => admin.request(readItems('crm_opportunity_stage_history', { filter: { opportunity: { _eq: id } }, fields: ['stage', 'from_stage', 'entered_at', 'left_at', 'moved_by'], sort: ['entered_at'] })) as Promise<Row[]>;
	const timeline = (id: string) => admin.request(readItems('crm_interactions', { filter: { related_key: { _eq: id } }, fields: ['subject', 'type', 'customer'], sort: ['occurred_at'] })) as Promise<Row[]>;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		rita = await loginAs(instance, 'rita.rep@example.com');
		mona = await loginAs(instance, 'manager@example.com');
		ritaToken = (await rita.getToken())!;
		const stageRows = (await admin.request(readItems('crm_pipeline_stages', { limit: -1 }))) as Row[];
		stages = Object.fromEntries(stageRows.map((s) => [s['code'], s]));
		reasons = (await admin.request(readItems('crm_lost_reasons', { limit: -1 }))) as Row[];
		ritaRep = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const teammate = (await admin.request(createItem('crm_sales_reps', { name: `Teammate ${uid()}`, team: ritaRep['team'] }))) as Row;
		ritaCustomer = ((await admin.request(createItem('crm_customers', { name: `Pipeline ${uid()}`, currency: 'EUR', status: 'active', credit_limit: 100_000_000_00, owner: ritaRep['id'] }))) as Row)['id'];
		teammateCustomer = ((await admin.request(createItem('crm_customers', { name: `Pipeline mate ${uid()}`, currency: 'EUR', status: 'active', owner: teammate['id'] }))) as Row)['id'];
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `PL-${uid()}`, name: 'Pipeline warehouse' }))) as Row;
		product = (await admin.request(createItem('crm_products', { sku: `PL-${uid()}`, name: 'Fleet unit', kind: 'goods', unit: 'pcs', list_price: 400_000, cost_price: 250_000, vat_rate_bp: 2000, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 400_000 }));
		await admin.request(createItem('crm_stock_levels', { product: product['id'], warehouse: warehouse['id'], on_hand_milli: 100_000 }));
	});

	test('the module starts with six stages that agree with their outcome, and lost reasons', () => {
		expect(Object.keys(stages).sort()).toEqual(['DEVELOP', 'LOST', 'NEGOTIATE', 'PROPOSE', 'QUALIFY', 'WON']);
		expect([stages['WON']!['probability_bp'], stages['WON']!['forecast_category'], stages['LOST']!['probability_bp'], stages['PROPOSE']!['forecast_category']]).toEqual([10_000, 'closed', 0, 'best_case']);
		expect(reasons.length).toBeGreaterThanOrEqual(5);
	});

	test('a rep opens an opportunity: first stage, its probability and category, her customer\'s owner, a history row and a timeline entry', async () => {
		const o = await open(rita);
		const row = await read(o['id']);
		expect([row['stage'], row['status'], row['probability_bp'], row['forecast_category'], row['owner'], row['summary']]).toEqual([stages['QUALIFY']!['id'], 'open', 1000, 'pipeline', ritaRep['id'], '12,000.00 EUR · 10 %']);
		const visits = await history(o['id']);
		expect(visits.map((v) => [v['stage'], v['from_stage'], v['left_at']])).toEqual([[stages['QUALIFY']!['id'], null, null]]);
		expect((await timeline(o['id'])).map((t) => [t['type'], t['customer'], t['subject']])).toEqual([['system', ritaCustomer, `Opportunity "${row['name']}" opened in Qualify (12,000.00 EUR · 10 % · closes ${inDays(30)})`]]);
	});

	test('a stage that asks for a next step refuses the move without one, and nothing changes; with one the visit closes and a new one opens', async () => {
		const o = await open(rita);
		const refused = await failureOf(rita.request(updateItem('crm_opportunities', o['id'], { stage: stages['DEVELOP']!['id'] })));
		expect([refused.status, refused.code, refused.field]).toEqual([400, 'CRM_NEXT_STEP_REQUIRED', 'next_step']);
		expect((await read(o['id']))['stage']).toBe(stages['QUALIFY']!['id']);
		await rita.request(updateItem('crm_opportunities', o['id'], { stage: stages['DEVELOP']!['id'], next_step: 'Site visit', next_step_due: inDays(3) }));
		const row = await read(o['id']);
		expect([row['probability_bp'], row['forecast_category']]).toEqual([3000, 'pipeline']);
		const visits = await history(o['id']);
		expect(visits.map((v) => [v['stage'], v['from_stage'], v['left_at'] === null])).toEqual([
			[stages['QUALIFY']!['id'], null, false],
			[stages['DEVELOP']!['id'], stages['QUALIFY']!['id'], true],
		]);
		expect(visits[1]!['moved_by']).not.toBeNull();
		const times = await http(instance, ritaToken, 'GET', `/crm/opportunities/${o['id']}/stages`);
		expect(times.json.data.map((t: Row) => [t.stage_name, t.visits, t.current])).toEqual([['Qualify', 1, false], ['Develop', 1, true]]);
	});

	test('nobody wins an opportunity by hand, and the stage history is the CRM\'s alone', async () => {
		const o = await open(rita);
		const won = await failureOf(rita.request(updateItem('crm_opportunities', o['id'], { stage: stages['WON']!['id'] })));
		expect([won.status, won.code]).toEqual([409, 'CRM_STAGE_NOT_ALLOWED']);
		const readonly = await failureOf(admin.request(updateItem('crm_opportunities', o['id'], { probability_bp: 9900 })));
		expect([readonly.status, readonly.code]).toEqual([400, 'CRM_READONLY_FIELD']);
		const forged = await failureOf(admin.request(createItem('crm_opportunity_stage_history', { opportunity: o['id'], stage: stages['NEGOTIATE']!['id'], entered_at: new Date().toISOString() })));
		expect(forged.status).toBeGreaterThanOrEqual(400);
		expect(forged.status).toBeLessThan(500);
	});

	test('opportunity → proposal → order → won: the confirmed order wins it, linked both ways, on the timeline', async () => {
		const o = await open(rita, { stage: stages['NEGOTIATE']!['id'], next_step: 'Send the proposal', next_step_due: inDays(2) });
		const made = await http(instance, ritaToken, 'POST', `/crm/opportunities/${o['id']}/quote`, {});
		expect(made.status, JSON.stringify(made.json)).toBe(201);
		expect([made.json.data.customer, made.json.data.opportunity, made.json.data.owner, made.json.data.status]).toEqual([ritaCustomer, o['id'], ritaRep['id'], 'draft']);
		const again = await http(instance, ritaToken, 'POST', `/crm/opportunities/${o['id']}/quote`, {});
		expect([again.status, again.json.errors[0].extensions.code]).toEqual([409, 'CRM_OPPORTUNITY_HAS_QUOTE']);
		const quoteId = made.json.data.id;
		await rita.request(createItem('crm_quote_lines', { quote: quoteId, product: product['id'], quantity_milli: 3000 }));
		expect((await http(instance, ritaToken, 'POST', `/crm/quotes/${quoteId}/send`, {})).status).toBe(200);
		const accepted = await http(instance, ritaToken, 'POST', `/crm/quotes/${quoteId}/accept`, {});
		expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
		const orderId = accepted.json.data.order;
		const order = (await admin.request(readItem('crm_orders', orderId, { fields: ['opportunity', 'status'] }))) as Row;
		expect(order).toEqual({ opportunity: o['id'], status: 'draft' });
		expect((await read(o['id']))['status']).toBe('open');
		await admin.request(updateItem('crm_orders', orderId, { warehouse: warehouse['id'] }));
		const confirmed = await http(instance, ritaToken, 'POST', `/crm/orders/${orderId}/confirm`, {});
		expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);
		const row = await read(o['id']);
		expect([row['status'], row['stage'], row['probability_bp'], row['forecast_category'], row['order'], row['quote'], row['closed_at'] === null]).toEqual(['won', stages['WON']!['id'], 10_000, 'closed', orderId, quoteId, false]);
		expect((await timeline(o['id'])).at(-1)!['subject']).toBe(`Opportunity "${row['name']}" won: Negotiate → Won (12,000.00 EUR · won)`);
		const locked = await failureOf(rita.request(updateItem('crm_opportunities', o['id'], { amount: 1 })));
		expect([locked.status, locked.code, locked.field]).toEqual([409, 'CRM_OPPORTUNITY_CLOSED', 'amount']);
	});

	test('cancelling the order that won a deal reopens it where it was won from, unlinked, and says so on the timeline', async () => {
		const o = await open(rita, { stage: stages['NEGOTIATE']!['id'], next_step: 'Send the proposal', next_step_due: inDays(2) });
		const quoteId = (await http(instance, ritaToken, 'POST', `/crm/opportunities/${o['id']}/quote`, {})).json.data.id;
		await rita.request(createItem('crm_quote_lines', { quote: quoteId, product: product['id'], quantity_milli: 1000 }));
		await http(instance, ritaToken, 'POST', `/crm/quotes/${quoteId}/send`, {});
		const orderId = (await http(instance, ritaToken, 'POST', `/crm/quotes/${quoteId}/accept`, {})).json.data.order;
		await admin.request(updateItem('crm_orders', orderId, { warehouse: warehouse['id'] }));
		expect((await http(instance, ritaToken, 'POST', `/crm/orders/${orderId}/confirm`, {})).status).toBe(200);
		expect((await read(o['id']))['status']).toBe('won');
		const cancelled = await http(instance, (await admin.getToken())!, 'POST', `/crm/orders/${orderId}/cancel`, { reason: 'Customer withdrew' });
		expect(cancelled.status, JSON.stringify(cancelled.json)).toBe(200);
		const row = await read(o['id']);
		expect([row['status'], row['stage'], row['probability_bp'], row['forecast_category'], row['order'], row['quote'], row['closed_at']]).toEqual(['open', stages['NEGOTIATE']!['id'], 8000, 'commit', null, quoteId, null]);
		const number = ((await admin.request(readItem('crm_orders', orderId, { fields: ['number'] }))) as Row)['number'];
		expect((await timeline(o['id'])).at(-1)!['subject']).toBe(`Opportunity "${row['name']}" reopened: Won → Negotiate (order ${number} was cancelled)`);
		expect((await history(o['id'])).map((v) => [v['stage'], v['left_at'] === null]).slice(-2)).toEqual([[stages['WON']!['id'], false], [stages['NEGOTIATE']!['id'], true]]);
	});

	test('losing needs a reason; a lost opportunity reopens and forgets why it was lost', async () => {
		const o = await open(rita);
		const noReason = await failureOf(rita.request(updateItem('crm_opportunities', o['id'], { stage: stages['LOST']!['id'] })));
		expect([noReason.status, noReason.code, noReason.field]).toEqual([400, 'CRM_LOST_REASON_REQUIRED', 'lost_reason']);
		await rita.request(updateItem('crm_opportunities', o['id'], { stage: stages['LOST']!['id'], lost_reason: reasons[0]!['id'], lost_note: 'Competitor 8 % cheaper' }));
		const lost = await read(o['id']);
		expect([lost['status'], lost['probability_bp'], lost['forecast_category'], lost['closed_at'] === null]).toEqual(['lost', 0, 'omitted', false]);
		await rita.request(updateItem('crm_opportunities', o['id'], { stage: stages['QUALIFY']!['id'] }));
		const reopened = await read(o['id']);
		expect([reopened['status'], reopened['lost_reason'], reopened['lost_note'], reopened['closed_at']]).toEqual(['open', null, null, null]);
		expect((await timeline(o['id'])).map((t) => t['subject'].split(' (')[0])).toEqual([`Opportunity "${lost['name']}" opened in Qualify`, `Opportunity "${lost['name']}" lost: Qualify → Lost`, `Opportunity "${lost['name']}" reopened: Lost → Qualify`]);
	});

	test('a rep sees and opens opportunities of her own customers only; her manager sees the team\'s', async () => {
		const mine = await open(rita);
		const teammates = await open(admin, { customer: teammateCustomer });
		const ritaSees = ((await rita.request(readItems('crm_opportunities', { filter: { id: { _in: [mine['id'], teammates['id']] } }, fields: ['id'] }))) as Row[]).map((r) => r['id']);
		const monaSees = ((await mona.request(readItems('crm_opportunities', { filter: { id: { _in: [mine['id'], teammates['id']] } }, fields: ['id'] }))) as Row[]).map((r) => r['id']).sort();
		expect(ritaSees).toEqual([mine['id']]);
		expect(monaSees).toEqual([mine['id'], teammates['id']].sort());
		const foreign = await failureOf(open(rita, { customer: teammateCustomer }));
		expect([foreign.status, foreign.code, foreign.field]).toEqual([400, 'CRM_REFERENCE_NOT_FOUND', 'customer']);
		const foreignTask = await failureOf(rita.request(createItem('crm_opportunity_tasks', { opportunity: teammates['id'], title: 'Call them' })));
		expect([foreignTask.status, foreignTask.code, foreignTask.field]).toEqual([400, 'CRM_REFERENCE_NOT_FOUND', 'opportunity']);
		const ownTask = (await rita.request(createItem('crm_opportunity_tasks', { opportunity: mine['id'], title: 'Send references', due_date: inDays(5) }))) as Row;
		expect(ownTask['id']).toBeTruthy();
		const quote = await http(instance, ritaToken, 'POST', `/crm/opportunities/${teammates['id']}/quote`, {});
		expect(quote.status).toBe(403);
		const stagesByRep = await failureOf(rita.request(updateItem('crm_pipeline_stages', stages['QUALIFY']!['id'], { probability_bp: 2000 })));
		expect(stagesByRep.status).toBe(403);
	});

	test('stages stay consistent: a won stage below 100 %, losing the last lost stage and deleting a used stage are refused', async () => {
		const below = await failureOf(mona.request(updateItem('crm_pipeline_stages', stages['WON']!['id'], { probability_bp: 9000 })));
		expect([below.status, below.code, below.field]).toEqual([400, 'CRM_STAGE_INVALID', 'probability_bp']);
		const lastLost = await failureOf(mona.request(updateItem('crm_pipeline_stages', stages['LOST']!['id'], { active: false })));
		expect([lastLost.status, lastLost.code]).toEqual([400, 'CRM_STAGE_INVALID']);
		const used = await failureOf(mona.request(deleteItem('crm_pipeline_stages', stages['QUALIFY']!['id'])));
		expect([used.status, used.code, used.field]).toEqual([400, 'CRM_STAGE_INVALID', 'active']);
		const extra = (await mona.request(createItem('crm_pipeline_stages', { code: `T${uid()}`, name: 'Trial', sort: 35, probability_bp: 7000, forecast_category: 'best_case' }))) as Row;
		await mona.request(deleteItem('crm_pipeline_stages', extra['id']));
		expect((await admin.request(readItems('crm_pipeline_stages', { filter: { id: { _eq: extra['id'] } } }))).length).toBe(0);
	});
});
