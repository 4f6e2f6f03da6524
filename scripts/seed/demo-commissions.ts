import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { assertCommissionPlanValid, type CommissionPlan } from '../../packages/crm-core/src/index.ts';
import { approveCommissionStatement, storeCommissionStatement } from '../../packages/crm-directus/src/commissions/store-commission-statement.ts';
import { dayForDriver } from '../../packages/crm-directus/src/ledger-rows.ts';
import { toDay } from '../../packages/crm-directus/src/load-pricing-context.ts';
import { BASE_CURRENCY } from './orders-to-cash-rows.ts';

type Row = Record<string, unknown>;

/** 5 % of revenue, 8 % above the monthly target of 20,000.00; every third rep's plan is on margin, every second capped. */
function planOf(rep: Row, i: number): { row: Row; tiers: Row[] } {
	const plan: CommissionPlan = { basis: i % 3 === 2 ? 'margin' : 'revenue', rateBp: 500, tiers: [{ fromAttainmentBp: 10_000, rateBp: 800 }], capMinor: i % 2 === 1 ? 300_000 : null, targetMinor: 2_000_000 };
	assertCommissionPlanValid(plan);
	const id = randomUUID();
	const row = { id, name: `${String(rep['name'])} · ${plan.rateBp / 100} % of ${plan.basis}, ${plan.tiers[0]!.rateBp / 100} % above target`, rep: rep['id'], basis: plan.basis, rate_bp: plan.rateBp, cap: plan.capMinor, target_amount: plan.targetMinor, period: 'month', currency: BASE_CURRENCY, active: true };
	return { row, tiers: plan.tiers.map((t) => ({ id: randomUUID(), plan: id, from_attainment_bp: t.fromAttainmentBp, rate_bp: t.rateBp })) };
}

/** One order of last month shared half and half between its owner and a teammate. */
async function splitOneOrder(trx: Knex, reps: Row[], from: string, to: string): Promise<void> {
	const orders: Row[] = await trx('crm_orders').select('id', 'owner').whereNotNull('owner').whereBetween('order_date', [dayForDriver(trx, from), dayForDriver(trx, to)]).orderBy('number');
	for (const order of orders) {
		const owner = reps.find((r) => r['id'] === order['owner']);
		const mate = reps.find((r) => r['id'] !== order['owner'] && owner && r['team'] === owner['team']);
		if (!owner || !mate) continue;
		await trx('crm_commission_splits').insert([order['owner'], mate['id']].map((rep) => ({ id: randomUUID(), order: order['id'], rep, share_bp: 5000 })));
		return;
	}
}

function lastMonth(now: Date): { start: string; end: string } {
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	return { start: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))), end: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0))) };
}

/**
 * The demo's commissions (S6.3): a plan for every active rep, one order of two months ago split between two
 * teammates, and every rep's statement of last month computed by the same loader and domain as the endpoint,
 * the first one with lines approved.
 */
export async function seedDemoCommissions(trx: Knex, now: Date): Promise<void> {
	if (await trx('crm_commission_plans').first('id')) return;
	const reps: Row[] = await trx('crm_sales_reps').select('id', 'name', 'team').where('active', true).orderBy('name');
	const plans = reps.map(planOf);
	for (const p of plans) {
		await trx('crm_commission_plans').insert(p.row);
		await trx('crm_commission_tiers').insert(p.tiers);
	}
	const period = lastMonth(now);
	await splitOneOrder(trx, reps, lastMonth(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15))).start, period.end);
	const ids: string[] = [];
	for (const rep of reps) ids.push(await storeCommissionStatement(trx, String(rep['id']), period, BASE_CURRENCY, { userId: null, at: now }));
	const withLines: Row | undefined = await trx('crm_commission_statement_lines').whereIn('statement', ids).orderBy('statement').first('statement');
	const approve = withLines ? String(withLines['statement']) : await statementOfLatestPayment(trx, reps, period.start, now);
	if (approve ?? ids[0]) await approveCommissionStatement(trx, (approve ?? ids[0])!, true, { userId: null, at: now });
}

/** When nothing was paid last month (a small demo): the statement of the month of the latest paid invoice of a rep, so the demo shows lines. */
async function statementOfLatestPayment(trx: Knex, reps: Row[], before: string, now: Date): Promise<string | null> {
	const latest: Row | undefined = await trx('crm_payment_allocations as a').join('crm_invoices as i', 'i.id', 'a.invoice').join('crm_orders as o', 'o.id', 'i.order').where('i.status', 'paid').whereIn('o.owner', reps.map((r) => String(r['id']))).where('a.allocated_on', '<', dayForDriver(trx, before)).orderBy('a.allocated_on', 'desc').first('o.owner', 'a.allocated_on');
	if (!latest) return null;
	const day = toDay(latest['allocated_on'])!;
	const month = lastMonth(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 15)));
	return storeCommissionStatement(trx, String(latest['owner']), month, BASE_CURRENCY, { userId: null, at: now });
}
