import { assertStoredCoordinates, checkActivityTargetCreate, checkActivityTargetUpdate, checkVisitPlanCreate, checkVisitPlanUpdate, checkVisitStopCreate, checkVisitStopUpdate, logStopVisit, storeVisitPlanSlot, visitCallerOf } from '@crm/directus';
import type { CrmHooks } from './hook-kit.ts';

const PLANS = 'crm_visit_plans';
const STOPS = 'crm_visit_plan_stops';
const TARGETS = 'crm_activity_targets';

/**
 * S6.2: a visit plan is one rep's day (one per rep and day, each customer once, the rep's own customers unless a
 * manager plans it); a stop marked done logs its visit in the contact history, in the same transaction, whoever
 * marks it; activity targets are set by the team's manager; a customer's coordinates come in pairs.
 */
export function guardVisits(hooks: CrmHooks): void {
	hooks.onCreate(PLANS, (data, { knex, accountability }) => checkVisitPlanCreate(knex, data, visitCallerOf(accountability)));
	hooks.onUpdate(PLANS, (data, keys, { knex, accountability }) => checkVisitPlanUpdate(knex, keys, data, visitCallerOf(accountability)));
	hooks.afterWrite(PLANS, async ({ action, item }, trx) => {
		if (action === 'create' || action === 'update') await storeVisitPlanSlot(trx, item);
	});
	hooks.onCreate(STOPS, (data, { knex, accountability }) => checkVisitStopCreate(knex, data, visitCallerOf(accountability)));
	hooks.onUpdate(STOPS, (data, keys, { knex, accountability }) => checkVisitStopUpdate(knex, keys, data, visitCallerOf(accountability)));
	hooks.afterWrite(STOPS, async ({ action, item, user }, trx) => {
		if (action === 'create' || action === 'update') await logStopVisit(trx, item, user ?? null, new Date());
	});
	hooks.onCreate(TARGETS, (data, { knex, accountability }) => checkActivityTargetCreate(knex, data, visitCallerOf(accountability)));
	hooks.onUpdate(TARGETS, (data, keys, { knex, accountability }) => checkActivityTargetUpdate(knex, keys, data, visitCallerOf(accountability)));
	hooks.afterWrite('crm_customers', async ({ action, item }, trx) => {
		if (action === 'create' || action === 'update') await assertStoredCoordinates(trx, item);
	});
}
