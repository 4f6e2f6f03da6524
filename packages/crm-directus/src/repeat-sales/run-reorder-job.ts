import { randomUUID } from 'node:crypto';
import { planReorderRun, type ReorderFollowUp, type ReorderRunPlan } from '@crm/core';
import type { Knex } from 'knex';
import { EVERYTHING } from '../analytics/read-access.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { loadPurchaseHistories } from './load-purchase-histories.ts';

type Row = Record<string, unknown>;
const TASKS = 'crm_sales_tasks';

export interface ReorderJobResult {
	date: string;
	assessed: number;
	tasksCreated: number;
	churnFlagged: number;
	churnCleared: number;
}

/** A generated task's stored key: the pair's follow-up key and the day, unique, so one run a day makes it however many servers run. */
const storedKey = (task: ReorderFollowUp, day: string) => `${task.key}:${day}`;
/** The pair's follow-up key of a stored key (the day cut off). */
const pairKey = (stored: string) => stored.slice(0, stored.lastIndexOf(':'));

async function loadOpenTaskKeys(knex: Knex): Promise<Set<string>> {
	const rows = (await knex(TASKS).select('key').whereNotNull('key').where('done', false)) as Row[];
	return new Set(rows.map((r) => pairKey(String(r['key']))));
}

async function loadFlags(knex: Knex) {
	const rows = (await knex('crm_customers').select('id', 'churn_risk', 'churn_risk_note').where('churn_risk', true)) as Row[];
	return rows.map((r) => ({ customerId: String(r['id']), churnRisk: true, note: r['churn_risk_note'] === null ? null : String(r['churn_risk_note']) }));
}

/** Inserts the tasks (a key already taken by another server is skipped) and answers the ids this run made. */
async function insertTasks(trx: Knex, tasks: readonly ReorderFollowUp[], day: string): Promise<ReorderFollowUp[]> {
	if (tasks.length === 0) return [];
	const now = new Date();
	const rows = tasks.map((t) => ({ id: randomUUID(), title: t.title, customer: t.customerId, assignee: t.ownerId, due_date: dayForDriver(trx, t.dueDay), kind: t.status === 'churn_risk' ? 'churn_risk' : 'reorder', done: false, product_group: t.productGroupId, explanation: t.explanation, key: storedKey(t, day), date_created: now }));
	for (let i = 0; i < rows.length; i += 200) await trx(TASKS).insert(rows.slice(i, i + 200)).onConflict('key').ignore();
	const mine = new Set(((await trx(TASKS).select('id').whereIn('id', rows.map((r) => r.id))) as Row[]).map((r) => String(r['id'])));
	return tasks.filter((_t, i) => mine.has(rows[i]!.id));
}

/** A notification to the owner of each task this run made, linking to it. */
async function notifyOwners(trx: Knex, created: readonly ReorderFollowUp[], day: string): Promise<void> {
	const owners = [...new Set(created.flatMap((t) => (t.ownerId ? [t.ownerId] : [])))];
	if (owners.length === 0) return;
	const users = new Map(((await trx('crm_sales_reps').select('id', 'user').whereIn('id', owners).whereNotNull('user')) as Row[]).map((r) => [String(r['id']), String(r['user'])]));
	const ids = new Map(((await trx(TASKS).select('id', 'key').whereIn('key', created.map((t) => storedKey(t, day)))) as Row[]).map((r) => [String(r['key']), String(r['id'])]));
	const rows = created.flatMap((t) => {
		const recipient = t.ownerId ? users.get(t.ownerId) : undefined;
		return recipient ? [{ recipient, status: 'inbox', timestamp: new Date(), subject: t.title, message: t.explanation, collection: TASKS, item: ids.get(storedKey(t, day)) ?? null }] : [];
	});
	if (rows.length > 0) await trx('directus_notifications').insert(rows);
}

async function applyChurnChanges(trx: Knex, plan: ReorderRunPlan): Promise<void> {
	for (const change of plan.churnChanges) await trx('crm_customers').where('id', change.customerId).update({ churn_risk: change.churnRisk, churn_risk_note: change.note });
}

/**
 * S6.9 — the daily reorder run as of `day`, with the server's full view: every customer × product group assessed,
 * a follow-up task for the owner of each one due or at churn risk without an open one (its key is unique per
 * day, so several servers make one), a notification to the owner, and the churn flags set and cleared.
 */
export async function runReorderJob(knex: Knex, day: string, churnFactorBp: number, notify = true): Promise<ReorderJobResult> {
	const histories = await loadPurchaseHistories(knex, EVERYTHING, { date: day, rep: null });
	const plan = planReorderRun({ histories, flags: await loadFlags(knex), openTaskKeys: await loadOpenTaskKeys(knex), today: day, churnFactorBp });
	const created = await knex.transaction(async (trx) => {
		const made = await insertTasks(trx, plan.tasks, day);
		if (notify) await notifyOwners(trx, made, day);
		await applyChurnChanges(trx, plan);
		return made;
	});
	const flagged = plan.churnChanges.filter((c) => c.churnRisk).length;
	return { date: day, assessed: plan.assessed.length, tasksCreated: created.length, churnFlagged: flagged, churnCleared: plan.churnChanges.length - flagged };
}
