import { createItem, createUser, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SALES_MANAGER, SALES_REP } from '../../scripts/access/define-access.ts';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/*
 * Sales plans (S6.5) and forecasts (S6.4) on a team of the test's own: Pat manages it, Sam is its only rep
 * (both log in), and Sam's customer buys Widgets (100.00, cost 60.00, VAT 0) in a group of its own:
 *   O1 2026-01-10  2 Widget = 200.00 (cost 120.00)     O2 2026-02-05  1 Widget = 100.00 (cost 60.00)
 *   a draft of 2026-02-10 (5 Widget) does not count.
 * Nobody else's orders are Sam's or his team's, so every figure below is exact whatever the shared instance holds.
 */
describe.each(inject('instances'))('sales plans and forecasts (S6.4, S6.5) on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let samToken: string;
	let patToken: string;
	let monaToken: string;
	let pat: Row;
	let team: Row;
	let sam: Row;
	let customer: Row;
	let group: Row;
	const plans: Record<string, Row> = {};

	const get = (path: string, token: string) => http(instance, token, 'GET', path);
	const plan = (over: Row) => admin.request(createItem('crm_sales_targets', { name: `Plan ${uid()}`, measure: 'revenue', period_start: '2026-01-01', period_end: '2026-03-31', ...over })) as Promise<Row>;
	const snapshots = (filter: Row) => admin.request(readItems('crm_forecast_snapshots', { filter, fields: ['*'], sort: ['month'], limit: -1 })) as Promise<Row[]>;

	async function people(): Promise<void> {
		const u = uid().toLowerCase();
		const password = instance.demoPassword;
		pat = (await admin.request(createUser({ email: `pat.${u}@example.com`, password, role: SALES_MANAGER.id, first_name: 'Pat' }))) as Row;
		const samUser = (await admin.request(createUser({ email: `sam.${u}@example.com`, password, role: SALES_REP.id, first_name: 'Sam' }))) as Row;
		team = (await admin.request(createItem('crm_teams', { name: `Planning ${u}`, manager: pat['id'] }))) as Row;
		sam = (await admin.request(createItem('crm_sales_reps', { name: `Sam Planner ${u}`, user: samUser['id'], team: team['id'] }))) as Row;
		samToken = (await (await loginAs(instance, `sam.${u}@example.com`)).getToken())!;
		patToken = (await (await loginAs(instance, `pat.${u}@example.com`)).getToken())!;
		monaToken = (await (await loginAs(instance, 'manager@example.com')).getToken())!;
	}

	async function orders(): Promise<void> {
		const u = uid();
		group = (await admin.request(createItem('crm_product_groups', { code: `SP-${u}`, name: `Planning tools ${u}` }))) as Row;
		const warehouse = (await admin.request(createItem('crm_warehouses', { code: `SP-${u}`, name: 'Planning warehouse' }))) as Row;
		const prices = (await admin.request(createItem('crm_price_lists', { code: `SP-${u}`, name: 'Planning prices', kind: 'customer', currency: 'EUR' }))) as Row;
		const widget = (await admin.request(createItem('crm_products', { sku: `SP-${u}`, name: 'Widget', kind: 'goods', unit: 'pcs', list_price: 10_000, cost_price: 6_000, vat_rate_bp: 0, currency: 'EUR', group: group['id'] }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: prices['id'], product: widget['id'], min_quantity_milli: 1000, unit_price: 10_000 }));
		await admin.request(createItem('crm_stock_levels', { product: widget['id'], warehouse: warehouse['id'], on_hand_milli: 1_000_000 }));
		customer = (await admin.request(createItem('crm_customers', { name: `Planned ${u}`, status: 'active', currency: 'EUR', credit_limit: 1_000_000_000, owner: sam['id'], price_list: prices['id'] }))) as Row;
		for (const [day, units, confirm] of [['2026-01-10', 2, true], ['2026-02-05', 1, true], ['2026-02-10', 5, false]] as const) {
			const created = await http(instance, adminToken, 'POST', '/crm/orders', { customer: customer['id'], owner: sam['id'], order_date: day, warehouse: warehouse['id'], lines: [{ product: widget['id'], quantity_milli: units * 1000 }] });
			expect(created.status, JSON.stringify(created.json)).toBe(201);
			if (confirm) expect((await http(instance, adminToken, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {})).status).toBe(200);
		}
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		await people();
		await orders();
		plans['quarter'] = await plan({ name: 'Sam · revenue Q1 2026', rep: sam['id'], target_amount: 90_000 });
		plans['january'] = await plan({ name: 'Team · margin January 2026', measure: 'margin', team: team['id'], period_end: '2026-01-31', target_amount: 10_000 });
		plans['units'] = await plan({ name: 'Sam · Widgets 2026', measure: 'quantity', rep: sam['id'], product_group: group['id'], period_end: '2026-12-31', target_quantity_milli: 10_000 });
	}, 240_000);

	test('plan vs actual on a day: actual, plan to date, run rate and projection, exact', async () => {
		const answer = await get('/crm/sales-plans?date=2026-02-14', patToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const mine = answer.json.data.plans.filter((p: Row) => Object.values(plans).some((q) => q['id'] === p.id));
		// The plans whose period holds the day: January's is over.
		expect(mine.map((p: Row) => [p.name, p.target, p.actual, p.expected_to_date, p.attainment_bp, p.projected, p.status, p.behind])).toEqual([
			// 45 of 90 days: the plan to date is 450.00; 300.00 sold is a third short, beyond the 10 % margin.
			['Sam · revenue Q1 2026', 90_000, 30_000, 45_000, 3333, 60_000, 'behind', true],
			// 3 Widgets of 10, 45 of 365 days in.
			['Sam · Widgets 2026', 10_000, 3_000, 1_233, 3000, 24_333, 'ahead', false],
		]);
		expect(mine[0].explanation).toBe('Revenue 300.00 EUR of 900.00 EUR (33.33 %) after 45 of 90 days: 150.00 EUR behind the plan to date (450.00 EUR); at this rate 600.00 EUR (66.67 %) by 2026-03-31.');
		expect([mine[0].rep.name, mine[1].product_group.name, mine[1].unit, mine[0].unit]).toEqual([sam['name'], group['name'], null, 'EUR']);
		// The team's January margin: 200.00 − 120.00 (the draft of February does not count); the period is over.
		const january = (await get(`/crm/sales-plans/${plans['january']!['id']}?date=2026-02-14`, patToken)).json.data;
		expect([january.team.name, january.target, january.actual, january.attainment_bp, january.status, january.behind]).toEqual([team['name'], 10_000, 8_000, 8000, 'missed', false]);
	});

	test('the drill-down spreads the plan over its months by days and puts each month\'s actual beside it', async () => {
		const answer = await get(`/crm/sales-plans/${plans['quarter']!['id']}?date=2026-02-14`, samToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		expect(answer.json.data.months).toEqual([
			{ month: '2026-01', target: 31_000, actual: 20_000 },
			{ month: '2026-02', target: 28_000, actual: 10_000 },
			{ month: '2026-03', target: 31_000, actual: 0 },
		]);
	});

	test('a rep sees his own plans, his manager the team\'s, another manager none of them; only managers set plans', async () => {
		const ids = async (token: string) => (await get('/crm/sales-plans?date=2026-01-20', token)).json.data.plans.map((p: Row) => p.id).filter((id: string) => Object.values(plans).some((q) => q['id'] === id)).sort();
		const all = Object.values(plans).map((p) => p['id']).sort();
		expect(await ids(patToken)).toEqual(all);
		expect(await ids(samToken)).toEqual([plans['quarter']!['id'], plans['units']!['id']].sort());
		expect(await ids(monaToken)).toEqual([]);
		expect((await get(`/crm/sales-plans/${plans['january']!['id']}`, samToken)).status).toBe(403);
		const byRep = await http(instance, samToken, 'POST', '/items/crm_sales_targets', { name: 'Mine', measure: 'revenue', rep: sam['id'], period_start: '2026-01-01', period_end: '2026-01-31', target_amount: 1 });
		expect(byRep.status).toBe(403);
		const byManager = await http(instance, patToken, 'POST', '/items/crm_sales_targets', { name: 'Sam · February', measure: 'revenue', rep: sam['id'], period_start: '2026-02-01', period_end: '2026-02-28', target_amount: 50_000 });
		expect(byManager.status, JSON.stringify(byManager.json)).toBe(200);
		expect(byManager.json.data.currency).toBe('EUR');
	});

	test('a manager sets sales plans only for the reps and teams they manage, and no company-wide one', async () => {
		const name = `Not yours ${uid()}`;
		const body = { name, measure: 'revenue', period_start: '2026-02-01', period_end: '2026-02-28', target_amount: 50_000 };
		const refused = async (token: string, over: Row) => {
			const answer = await http(instance, token, 'POST', '/items/crm_sales_targets', { ...body, ...over });
			return [answer.status, answer.json?.errors?.[0]?.extensions?.code, answer.json?.errors?.[0]?.extensions?.field];
		};
		expect(await refused(monaToken, { rep: sam['id'] })).toEqual([403, 'CRM_PLAN_SCOPE_NOT_MANAGED', 'rep']);
		expect(await refused(monaToken, { team: team['id'] })).toEqual([403, 'CRM_PLAN_SCOPE_NOT_MANAGED', 'team']);
		expect(await refused(patToken, {})).toEqual([403, 'CRM_PLAN_SCOPE_NOT_MANAGED', 'rep']);
		expect(await admin.request(readItems('crm_sales_targets', { filter: { name: { _eq: name } } }))).toEqual([]);
	});

	test.each([
		['a period that ends before it starts', { period_end: '2025-12-31', target_amount: 1 }, 'period_end'],
		['a quantity plan without a product group', { measure: 'quantity', target_quantity_milli: 1000 }, 'product_group'],
		['a rep and a team at once', { target_amount: 1, team: 'TEAM' }, 'team'],
		['a revenue plan without an amount', {}, 'target_amount'],
	])('refuses %s, and stores nothing', async (_, over, field) => {
		const name = `Refused ${uid()}`;
		const body = { name, rep: 'SAM', ...over } as Row;
		for (const key of ['rep', 'team']) if (body[key] === 'SAM') body[key] = sam['id'];
		if (body['team'] === 'TEAM') body['team'] = team['id'];
		const refused = await failureOf(plan(body));
		expect([refused.status, refused.code, refused.field]).toEqual([400, 'CRM_SALES_TARGET_INVALID', field]);
		expect(await admin.request(readItems('crm_sales_targets', { filter: { name: { _eq: name } } }))).toEqual([]);
	});

	test('a plan behind by more than its margin notifies the rep and the manager, once a week', async () => {
		const running = await plan({ name: `Sam · this month ${uid()}`, rep: sam['id'], period_start: inDays(-10), period_end: inDays(20), target_amount: 100_000_000 });
		expect((await http(instance, samToken, 'POST', '/crm/sales-plans/alerts', {})).status).toBe(403);
		const first = await http(instance, adminToken, 'POST', '/crm/sales-plans/alerts', {});
		expect(first.status, JSON.stringify(first.json)).toBe(200);
		expect(first.json.data.notified).toBeGreaterThanOrEqual(1);
		await http(instance, adminToken, 'POST', '/crm/sales-plans/alerts', {});
		const inbox = async (token: string) => (await get(`/notifications?filter[item][_eq]=${running['id']}&fields=subject,message,collection`, token)).json.data as Row[];
		for (const token of [samToken, patToken]) {
			const notes = await inbox(token);
			expect(notes.map((n) => [n['subject'], n['collection']])).toEqual([[`Behind plan: ${running['name']}`, 'crm_sales_targets']]);
			expect(notes[0]!['message']).toMatch(/^Revenue 0\.00 EUR of 1,000,000\.00 EUR \(0 %\) after 11 of 31 days: .* behind the plan to date/);
		}
	});

	test('the weekly forecast as of a day: repeat business from history, taken once per week and scope', async () => {
		const run = await http(instance, adminToken, 'POST', '/crm/forecasts/run', { date: '2026-02-02' });
		expect(run.status, JSON.stringify(run.json)).toBe(200);
		expect(run.json.data.taken).toBeGreaterThan(0);
		const again = await http(instance, adminToken, 'POST', '/crm/forecasts/run', { date: '2026-02-04' });
		expect(again.json.data.taken).toBe(0);
		const rows = await snapshots({ rep: { _eq: sam['id'] }, week: { _eq: '2026-W06' } });
		// One month of history (January 200.00): its mean for each month ahead; no deals.
		expect(rows.map((r) => [r['month'], r['horizon_months'], Number(r['baseline']), Number(r['weighted']), Number(r['forecast']), r['baseline_method']])).toEqual([
			['2026-02', 0, 20_000, 0, 20_000, 'mean ×1'],
			['2026-03', 1, 20_000, 0, 20_000, 'mean ×1'],
			['2026-04', 2, 20_000, 0, 20_000, 'mean ×1'],
		]);
		expect((await snapshots({ team: { _eq: team['id'] }, week: { _eq: '2026-W06' } })).map((r) => Number(r['forecast']))).toEqual([20_000, 20_000, 20_000]);
	});

	test('a forecast is scored when its month closes; the dashboard shows it with its accuracy', async () => {
		const run = await http(instance, adminToken, 'POST', '/crm/forecasts/run', { date: '2026-03-02' });
		expect(run.json.data.scored).toBeGreaterThan(0);
		const [february] = await snapshots({ rep: { _eq: sam['id'] }, month: { _eq: '2026-02' }, week: { _eq: '2026-W06' } });
		// February sold 100.00 against 200.00 forecast: 100 % off, running high.
		expect([Number(february!['actual']), Number(february!['final']), february!['error_bp'], february!['bias_bp'], february!['scored_at'] !== null]).toEqual([10_000, 20_000, 10_000, 10_000, true]);
		const answer = await get('/crm/forecasts?months=36', samToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const data = answer.json.data;
		expect([data.scope, data.scopes]).toEqual([{ kind: 'rep', id: sam['id'], name: sam['name'] }, [{ kind: 'rep', id: sam['id'], name: sam['name'] }]]);
		expect(data.history.find((h: Row) => h.month === '2026-02')).toEqual({ month: '2026-02', in_month: 20_000, month_ahead: null, actual: 10_000, error_bp: 10_000, bias_bp: 10_000 });
		expect(data.accuracy.by_horizon[0]).toEqual({ horizon_months: 0, periods: 1, months: 1, mape_bp: 10_000, bias_bp: 10_000 });
		expect(data.accuracy.explanation).toBe('Forecasts made in the month were off by 100 % on average (1 month).');
		const forPat = (await get(`/crm/forecasts?scope=team&id=${team['id']}`, patToken)).json.data;
		expect(forPat.scope).toEqual({ kind: 'team', id: team['id'], name: team['name'] });
		expect(forPat.scopes.map((s: Row) => s.kind)).toEqual(expect.arrayContaining(['company', 'team', 'rep']));
		expect((await get(`/crm/forecasts?scope=team&id=${team['id']}`, samToken)).json.data.history).toEqual([]);
		expect((await get('/crm/forecasts?scope=team', samToken)).json.errors[0].extensions.code).toBe('CRM_INVALID_QUERY');
	});

	test('this month\'s forecast weighs the open pipeline by stage; a manager adjusts it with a reason, a rep cannot', async () => {
		const stages = (await admin.request(readItems('crm_pipeline_stages', { filter: { code: { _eq: 'QUALIFY' } } }))) as Row[];
		await admin.request(createItem('crm_opportunities', { name: `Fleet ${uid()}`, customer: customer['id'], amount: 50_000, currency: 'EUR', expected_close: today(), stage: stages[0]!['id'] }));
		expect((await http(instance, adminToken, 'POST', '/crm/forecasts/run', {})).status).toBe(200);
		const [now] = await snapshots({ rep: { _eq: sam['id'] }, horizon_months: { _eq: 0 }, month: { _eq: today().slice(0, 7) } });
		expect([Number(now!['open_pipeline']), Number(now!['weighted']), Number(now!['forecast']) - Number(now!['baseline'])]).toEqual([50_000, 5_000, 5_000]);
		const data = (await get('/crm/forecasts', samToken)).json.data;
		expect(data.current[0]).toMatchObject({ id: now!['id'], weighted: 5_000, final: Number(now!['forecast']) });
		expect(data.pipeline.find((p: Row) => p.stage.name === 'Qualify')).toEqual({ stage: { id: stages[0]!['id'], name: 'Qualify' }, probability_bp: 1000, deals: 1, amount: 50_000, weighted: 5_000 });

		expect((await http(instance, samToken, 'PATCH', `/items/crm_forecast_snapshots/${now!['id']}`, { adjustment: 1000, adjustment_reason: 'Mine' })).status).toBe(403);
		const bare = await http(instance, patToken, 'PATCH', `/items/crm_forecast_snapshots/${now!['id']}`, { adjustment: 1000 });
		expect([bare.status, bare.json.errors[0].extensions.code]).toEqual([400, 'CRM_FORECAST_ADJUSTMENT_REASON_REQUIRED']);
		const adjusted = await http(instance, patToken, 'PATCH', `/items/crm_forecast_snapshots/${now!['id']}`, { adjustment: 1000, adjustment_reason: 'Budget confirmed by phone' });
		expect(adjusted.status, JSON.stringify(adjusted.json)).toBe(200);
		const [after] = await snapshots({ id: { _eq: now!['id'] } });
		expect([Number(after!['final']), after!['adjustment_reason'], after!['adjusted_by'], after!['adjusted_at'] !== null]).toEqual([Number(now!['forecast']) + 1000, 'Budget confirmed by phone', pat['id'], true]);

		const [scored] = await snapshots({ rep: { _eq: sam['id'] }, month: { _eq: '2026-02' }, week: { _eq: '2026-W06' } });
		const closed = await http(instance, patToken, 'PATCH', `/items/crm_forecast_snapshots/${scored!['id']}`, { adjustment: 1000, adjustment_reason: 'Late' });
		expect([closed.status, closed.json.errors[0].extensions.code]).toEqual([409, 'CRM_FORECAST_PERIOD_CLOSED']);
		const forged = await failureOf(admin.request(updateItem('crm_forecast_snapshots', now!['id'], { final: 1 })));
		expect([forged.status, forged.code]).toEqual([400, 'CRM_READONLY_FIELD']);
		const created = await http(instance, adminToken, 'POST', '/items/crm_forecast_snapshots', { slot: 'x', week: '2026-W01', month: '2026-01', horizon_months: 0, scope: 'company', taken_at: new Date().toISOString() });
		expect([created.status, created.json.errors?.[0]?.extensions?.code]).toEqual([400, 'CRM_READONLY_FIELD']);
	});

	test('sales KPIs: a rep\'s win rate and how his open pipeline covers what is left of his plan', async () => {
		const stages = Object.fromEntries(((await admin.request(readItems('crm_pipeline_stages', { limit: -1 }))) as Row[]).map((s) => [s['code'], s]));
		const [reason] = (await admin.request(readItems('crm_lost_reasons', { limit: 1 }))) as Row[];
		const lost = (await admin.request(createItem('crm_opportunities', { name: `Lost ${uid()}`, customer: customer['id'], amount: 20_000, currency: 'EUR', expected_close: today(), stage: stages['QUALIFY']!['id'] }))) as Row;
		await admin.request(updateItem('crm_opportunities', lost['id'], { stage: stages['LOST']!['id'], lost_reason: reason!['id'] }));
		const answer = await get(`/crm/sales-kpis?from=${inDays(-30)}&to=${today()}`, patToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const row = answer.json.data.rows.find((r: Row) => r.kind === 'rep' && r.id === sam['id']);
		// One deal lost, none won; the open Fleet deal (500.00, due today) against the running plan of 1,000,000.00 with nothing sold.
		expect(row).toEqual({ kind: 'rep', id: sam['id'], name: sam['name'], won: 0, lost: 1, win_rate_bp: 0, won_amount: 0, average_deal: null, cycle_days: null, pipeline: 50_000, plan_remaining: 100_000_000, coverage_bp: 5 });
		expect(answer.json.data.rows.find((r: Row) => r.kind === 'team' && r.id === team['id'])).toMatchObject({ lost: 1, pipeline: 50_000 });
		expect(answer.json.data.stages.map((s: Row) => s.stage.name)).toEqual(['Qualify', 'Develop', 'Propose', 'Negotiate']);
		const forSam = (await get('/crm/sales-kpis', samToken)).json.data.rows;
		expect(forSam.filter((r: Row) => r.kind === 'rep').map((r: Row) => r.id)).toEqual([sam['id']]);
		expect((await get('/crm/sales-kpis?from=2026-05-01&to=2026-04-01', samToken)).json.errors[0].extensions.code).toBe('CRM_INVALID_QUERY');
	});
});
