import { randomUUID } from 'node:crypto';
import { type ClassificationPlan, classificationWindow, CrmError, type CustomerClasses, planClassification } from '@crm/core';
import type { Knex } from 'knex';
import { bulkUpdate } from '../bulk-update.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { type LoadedClassificationFacts, loadClassificationFacts } from './load-classification-facts.ts';

type Row = Record<string, unknown>;
const RUNS = 'crm_classification_runs';
const CHUNK = 500;
/** A run that still holds the lock after this long died with its server: the next run takes over. */
const STALE_MS = 60 * 60 * 1000;

export interface ClassificationRunRequest {
	/** `schedule:<instant of the slot>` (every server firing it names the same slot) or `manual:<id>`. */
	slot: string;
	trigger: 'schedule' | 'manual';
	startedBy: string | null;
	now: Date;
}

export interface ClassificationRunResult {
	run: string;
	plan: ClassificationPlan;
	window: { from: string; to: string };
}

const isUniqueViolation = (error: unknown) => /unique|duplicate/i.test(String((error as { message?: string })?.message ?? '')) || (error as { code?: string })?.code === '23505';

/** Frees the lock of a run whose server died mid-run, so that the classification is not stuck for good. */
async function releaseStaleLock(knex: Knex, now: Date): Promise<boolean> {
	const running: Row | undefined = await knex(RUNS).where('lock', 'running').first('id', 'started_at');
	if (!running || now.getTime() - new Date(running['started_at'] as string).getTime() < STALE_MS) return false;
	return (await knex(RUNS).where({ id: running['id'], lock: 'running' }).update({ lock: null, status: 'failed', finished_at: now, error: 'The server running it stopped.' })) > 0;
}

/**
 * Takes the slot and the lock: null when another server already ran this slot; CRM_CLASSIFICATION_RUNNING
 * when a run is going on. Committed at once, so every other server sees it.
 */
async function claimRun(knex: Knex, request: ClassificationRunRequest): Promise<string | null> {
	if (await knex(RUNS).where('slot', request.slot).first('id')) return null;
	const id = randomUUID();
	try {
		await knex(RUNS).insert({ id, slot: request.slot, lock: 'running', trigger: request.trigger, status: 'running', started_at: request.now, started_by: request.startedBy });
		return id;
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		if (await knex(RUNS).where('slot', request.slot).first('id')) return null;
		if (await releaseStaleLock(knex, request.now)) return claimRun(knex, request);
		throw new CrmError('CRM_CLASSIFICATION_RUNNING', 'A classification run is going on; its result will be there in a moment.', {});
	}
}

const classColumns = (c: CustomerClasses) => [c.abcRevenue, c.abcMargin, c.xyz, c.rfm, c.category, c.status];
const changeRow = (run: string, at: Date, change: ClassificationPlan['changes'][number], money: { revenue: number; margin: number }) => {
	const [from, to] = [change.from, change.to];
	return { id: randomUUID(), run, customer: change.customer, changed_at: at, class_moved: from.abcRevenue !== to.abcRevenue || from.xyz !== to.xyz, rule: to.rule, revenue_base: money.revenue, margin_base: money.margin, ...Object.fromEntries(['abc_revenue', 'abc_margin', 'xyz', 'rfm', 'category', 'status'].flatMap((name, i) => [[`from_${name}`, classColumns(from)[i]], [`to_${name}`, classColumns(to)[i]]])) };
};

const FIGURES = [{ name: 'class_revenue_base', cast: 'bigint' as const }, { name: 'class_margin_base', cast: 'bigint' as const }];
const CLASSES = [{ name: 'abc_revenue' }, { name: 'abc_margin' }, { name: 'xyz' }, { name: 'rfm' }, { name: 'class_rule', cast: 'uuid' as const }];
const PEOPLES = [{ name: 'category' }, { name: 'status' }, { name: 'old_category', guardOnly: true }, { name: 'old_status', guardOnly: true }];
/** Category and status are also people's to edit: a run only changes them where they still hold what it read. */
const unchangedSince = (pg: boolean) => `"crm_customers"."status" = v."old_status" AND "crm_customers"."category" ${pg ? 'IS NOT DISTINCT FROM' : 'IS'} v."old_category"`;

/** Writes the plan in one transaction: every customer's figures, the changed classes, the history rows, the run's summary. */
async function applyClassificationPlan(knex: Knex, run: string, plan: ClassificationPlan, now: Date, window: { from: string; to: string }, loaded: LoadedClassificationFacts): Promise<void> {
	const money = new Map(plan.all.map((c) => [c.customer, { revenue: c.revenue, margin: c.margin }]));
	const before = new Map(plan.changes.map((c) => [c.customer, c.from]));
	const moved = plan.updates.filter((u) => u.classes.category !== before.get(u.customer)?.category || u.classes.status !== before.get(u.customer)?.status);
	await knex.transaction(async (trx) => {
		const refigured = plan.all.filter((c) => loaded.stored.get(c.customer)?.revenue !== c.revenue || loaded.stored.get(c.customer)?.margin !== c.margin);
		// Only rows whose figures or classes changed are written (and stamped): a quiet night touches few rows.
		await bulkUpdate(trx, 'crm_customers', FIGURES, refigured.map((c) => [c.customer, c.revenue, c.margin]), { classified_at: now });
		await bulkUpdate(trx, 'crm_customers', CLASSES, plan.updates.map(({ customer, classes: c }) => [customer, c.abcRevenue, c.abcMargin, c.xyz, c.rfm, c.rule]), { classified_at: now });
		await bulkUpdate(trx, 'crm_customers', PEOPLES, moved.map(({ customer, classes: c }) => [customer, c.category, c.status, before.get(customer)!.category, before.get(customer)!.status]), {}, unchangedSince);
		const changes = plan.changes.map((change) => changeRow(run, now, change, money.get(change.customer)!));
		for (let i = 0; i < changes.length; i += CHUNK) await trx('crm_customer_class_changes').insert(changes.slice(i, i + CHUNK));
		const summary = { customers: plan.summary.customers, changed: plan.summary.changed, matrix: JSON.stringify(plan.summary.matrix), settings: JSON.stringify(loaded.facts.settings) };
		await trx(RUNS).where('id', run).update({ ...summary, status: 'done', lock: null, finished_at: new Date(), window_from: dayForDriver(trx, window.from), window_to: dayForDriver(trx, window.to) });
	});
}

/**
 * One classification run (A5.4, C1): claims its slot (exactly once however many servers fire the schedule)
 * and the lock (one run at a time), loads the facts, plans, writes. Null when the slot was taken already.
 */
export async function runClassification(knex: Knex, request: ClassificationRunRequest): Promise<ClassificationRunResult | null> {
	const run = await claimRun(knex, request);
	if (run === null) return null;
	try {
		const today = request.now.toISOString().slice(0, 10);
		const loaded = await loadClassificationFacts(knex, today);
		const plan = planClassification(loaded.facts);
		const window = classificationWindow(today, loaded.facts.settings.windowMonths);
		await applyClassificationPlan(knex, run, plan, request.now, window, loaded);
		return { run, plan, window };
	} catch (error) {
		await knex(RUNS).where('id', run).update({ status: 'failed', lock: null, finished_at: new Date(), error: String((error as Error)?.message ?? error).slice(0, 2000) });
		throw error;
	}
}
