import type { OpportunityWritePlan } from '@crm/core';
import { applyOpportunityPlan, checkOpportunityCreate, checkOpportunityUpdate, checkStageDelete, checkStageWrite, reopenOpportunityOfOrder, winOpportunityOfOrder } from '@crm/directus';
import { guardAppendOnly } from './guard-append-only.ts';
import type { CrmHooks, HookDeps } from './hook-kit.ts';
import { handoffTopic } from './write-handoff.ts';

const OPPORTUNITIES = 'crm_opportunities';
const STAGES = 'crm_pipeline_stages';
/** What an opportunity's write derives from its stage: written once the row is stored, in the write's transaction. */
const PLAN = handoffTopic<OpportunityWritePlan>('opportunity-plan');

/**
 * S6.8: stages agree with their outcome and the pipeline keeps a won and a lost stage; every opportunity write
 * passes the pipeline's rules and gets its probability, category, status, history and timeline entry; a
 * confirmed order wins its opportunity, and cancelling it reopens the deal. The stage history is the CRM's alone.
 */
export function guardPipeline(hooks: CrmHooks, deps: HookDeps): void {
	const { handoff, nowIso } = deps;
	hooks.onCreate(STAGES, (data, { knex }) => checkStageWrite(knex, null, data));
	hooks.onUpdate(STAGES, (data, keys, { knex }) => checkStageWrite(knex, keys, data));
	hooks.onDelete(STAGES, (keys, { knex }) => checkStageDelete(knex, keys));
	hooks.onCreate(OPPORTUNITIES, async (data, { knex }) => {
		const checked = await checkOpportunityCreate(knex, data, nowIso());
		handoff.put(PLAN, OPPORTUNITIES, String(checked.data['id']), checked.plan);
		return checked.data;
	});
	hooks.onUpdate(OPPORTUNITIES, async (data, keys, { knex }) => {
		for (const [key, plan] of await checkOpportunityUpdate(knex, keys, data, nowIso())) handoff.put(PLAN, OPPORTUNITIES, key, plan);
	});
	hooks.afterWrite(OPPORTUNITIES, async ({ item, user }, trx) => {
		const plan = handoff.take(PLAN, OPPORTUNITIES, item);
		if (plan) await applyOpportunityPlan(trx, item, plan, user ?? null);
	});
	hooks.afterWrite('crm_orders', async ({ action, item }, trx) => {
		if (action !== 'update') return;
		await winOpportunityOfOrder(trx, item, nowIso());
		await reopenOpportunityOfOrder(trx, item, nowIso());
	});
	guardAppendOnly(hooks, 'crm_opportunity_stage_history', { create: 'The stage history is written by the CRM when an opportunity moves.', changed: 'The stage history is a record of what happened; it goes with its opportunity.' });
}
