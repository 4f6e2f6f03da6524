import { assertVisitPlanValid, CrmError, type VisitCaller } from '@crm/core';
import type { Knex } from 'knex';
import { toDay } from '../load-pricing-context.ts';
import { loadPlanStops } from './check-visit-plan-write.ts';
import { idOf, loadPlanRep, type Row } from './visit-rows.ts';

type Keys = readonly (string | number)[];
const CLIENT_READONLY = ['interaction', 'distance_m'];

/** The plan a stop belongs to, with its stops as they are plus `stop` (replacing `selfId`'s customer). */
async function assertStopFits(knex: Knex, stop: Row, caller: VisitCaller, selfId: string | null): Promise<void> {
	const planId = idOf(stop['plan']);
	const plan: Row | undefined = planId ? await knex('crm_visit_plans').where('id', planId).first('id', 'rep', 'day', 'status') : undefined;
	if (!plan) throw new CrmError('CRM_VISIT_PLAN_INVALID', 'A stop belongs to a visit plan: "plan" must name an existing plan.', { field: 'plan' });
	const customerId = idOf(stop['customer']);
	const customer: Row | undefined = customerId ? await knex('crm_customers').where('id', customerId).first('id', 'name', 'owner') : undefined;
	if (!customer) throw new CrmError('CRM_VISIT_PLAN_INVALID', 'Name the customer to visit: "customer" must be an existing customer.', { field: 'customer' });
	const others = selfId ? await stopsWithout(knex, String(plan['id']), selfId) : await loadPlanStops(knex, String(plan['id']));
	const stops = [...others, { customerId: String(customer['id']), customerName: String(customer['name']), ownerRepId: idOf(customer['owner']) }];
	assertVisitPlanValid({ caller, rep: await loadPlanRep(knex, idOf(plan['rep'])), day: toDay(plan['day']), status: plan['status'], clashingPlanId: null, stops });
}

async function stopsWithout(knex: Knex, planId: string, stopId: string): Promise<{ customerId: string; customerName: string; ownerRepId: string | null }[]> {
	const rows = (await knex('crm_visit_plan_stops as s').join('crm_customers as c', 'c.id', 's.customer').where('s.plan', planId).whereNot('s.id', stopId).select('c.id', 'c.name', 'c.owner')) as Row[];
	return rows.map((r) => ({ customerId: String(r['id']), customerName: String(r['name']), ownerRepId: idOf(r['owner']) }));
}

function refuseComputed(data: Row): void {
	const named = CLIENT_READONLY.find((f) => data[f] !== undefined);
	if (named) throw new CrmError('CRM_READONLY_FIELD', `"${named}" is set by the CRM (the logged visit, the distance when the stops are ordered).`, { field: named });
}

/** S6.2 — a new stop: a customer of the plan's rep (any customer for their manager), not yet in the plan. */
export async function checkVisitStopCreate(knex: Knex, data: Row, caller: VisitCaller): Promise<void> {
	refuseComputed(data);
	await assertStopFits(knex, data, caller, null);
}

/** A changed stop still fits its plan; a stop moved to another plan or customer is checked there. */
export async function checkVisitStopUpdate(knex: Knex, keys: Keys, data: Row, caller: VisitCaller): Promise<void> {
	refuseComputed(data);
	if (data['plan'] === undefined && data['customer'] === undefined) return;
	const rows = (await knex('crm_visit_plan_stops').whereIn('id', keys as string[]).select('*')) as Row[];
	for (const row of rows) await assertStopFits(knex, { ...row, ...data }, caller, String(row['id']));
}
