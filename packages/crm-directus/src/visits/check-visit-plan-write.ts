import { assertVisitPlanValid, CrmError, parseGeoPoint, type VisitCaller } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { idOf, loadPlanRep, type Row } from './visit-rows.ts';

type Keys = readonly (string | number)[];

/** The stops of a plan with each customer's name and owner. */
export async function loadPlanStops(knex: Knex, planId: string): Promise<{ customerId: string; customerName: string; ownerRepId: string | null }[]> {
	const rows = (await knex('crm_visit_plan_stops as s').join('crm_customers as c', 'c.id', 's.customer').where('s.plan', planId).orderBy([{ column: 's.sort' }, { column: 's.id' }]).select('c.id', 'c.name', 'c.owner')) as Row[];
	return rows.map((r) => ({ customerId: String(r['id']), customerName: String(r['name']), ownerRepId: idOf(r['owner']) }));
}

async function clashingPlan(knex: Knex, repId: string | null, day: unknown, selfId: string | null): Promise<string | null> {
	const iso = toDay(day);
	if (!repId || !iso) return null;
	const query = knex('crm_visit_plans').where('rep', repId).where('day', dayForDriver(knex, iso));
	const row: Row | undefined = await (selfId ? query.whereNot('id', selfId) : query).first('id');
	return row ? String(row['id']) : null;
}

/** A plan row (stored merged with the payload) against every rule, as `caller` writes it. */
async function assertPlanRowValid(knex: Knex, row: Row, caller: VisitCaller, selfId: string | null): Promise<void> {
	parseGeoPoint(row['start_latitude_e6'], row['start_longitude_e6'], 'start_');
	const repId = idOf(row['rep']);
	const day = toDay(row['day']) ?? row['day'];
	assertVisitPlanValid({
		caller,
		rep: await loadPlanRep(knex, repId),
		day,
		status: row['status'] ?? 'draft',
		clashingPlanId: await clashingPlan(knex, repId, day, selfId),
		stops: selfId ? await loadPlanStops(knex, selfId) : [],
	});
}

/** S6.2 — a new visit plan: the caller's own day (or a day of a rep they manage), the only one of the rep that day. */
export async function checkVisitPlanCreate(knex: Knex, data: Row, caller: VisitCaller): Promise<void> {
	await assertPlanRowValid(knex, data, caller, null);
}

/** Every plan an update touches stays valid once the payload is merged over it. */
export async function checkVisitPlanUpdate(knex: Knex, keys: Keys, data: Row, caller: VisitCaller): Promise<void> {
	const rows = (await knex('crm_visit_plans').whereIn('id', keys as string[]).select('*')) as Row[];
	for (const row of rows) await assertPlanRowValid(knex, { ...row, ...data }, caller, String(row['id']));
}

/**
 * Once stored: the plan's slot (rep and day) is set in the write's transaction, so a second plan of the rep that
 * day fails on the unique slot even when two servers write it at the same moment.
 */
export async function storeVisitPlanSlot(trx: Knex, planId: string): Promise<void> {
	const row: Row | undefined = await trx('crm_visit_plans').where('id', planId).first('rep', 'day');
	if (!row) return;
	try {
		await trx('crm_visit_plans').where('id', planId).update({ slot: `${idOf(row['rep'])}|${toDay(row['day'])}` });
	} catch {
		throw new CrmError('CRM_VISIT_PLAN_INVALID', 'The rep already has a visit plan on that day: add the stops to that plan.', { field: 'day' });
	}
}
