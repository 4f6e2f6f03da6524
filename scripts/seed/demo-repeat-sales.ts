import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { dayForDriver } from '../../packages/crm-directus/src/ledger-rows.ts';
import { type ReorderJobResult, runReorderJob } from '../../packages/crm-directus/src/repeat-sales/run-reorder-job.ts';

type Row = Record<string, unknown>;

/** The default churn factor (CRM_CHURN_FACTOR_BP): silent for twice the rhythm. */
const CHURN_FACTOR_BP = 20_000;
/** How many of the largest customers get a follow-up added by their rep. */
const FOLLOW_UPS = 3;

/** A follow-up each rep added by hand for one of their largest customers (kind "other"), due next week. */
async function addHandFollowUps(trx: Knex, now: Date): Promise<void> {
	const customers = (await trx('crm_customers').whereNotNull('owner').select('id', 'name', 'owner').orderBy('credit_limit', 'desc').orderBy('name').limit(FOLLOW_UPS)) as Row[];
	const due = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
	const rows = customers.map((c) => ({ id: randomUUID(), title: `Ask ${String(c['name'])} about next season's volumes`, customer: c['id'], assignee: c['owner'], due_date: dayForDriver(trx, due), kind: 'other', done: false, product_group: null, explanation: null, key: null, notes: 'Added by the rep after the last visit.', date_created: now }));
	if (rows.length > 0) await trx('crm_sales_tasks').insert(rows);
}

/**
 * S6.9 demo: follow-ups added by hand, and this morning's reorder run over the demo's order history through the
 * same job the schedule runs (follow-ups for reorders that are due, churn flags). The demo's regular buyers
 * (plan-regular-buyers.ts) give it rhythms to find: at scale 1 six reorders due and one customer gone silent.
 */
export async function seedDemoRepeatSales(trx: Knex, now: Date): Promise<ReorderJobResult> {
	await addHandFollowUps(trx, now);
	return runReorderJob(trx, now.toISOString().slice(0, 10), CHURN_FACTOR_BP);
}
