import { randomUUID } from 'node:crypto';
import type { OpportunityWritePlan } from '@crm/core';
import type { Knex } from 'knex';
import { dbInstant } from '../service/instant.ts';

/**
 * Writes what a plan derives, in the transaction of the write it belongs to: the opportunity's probability,
 * category, status, times and summary, and, on a stage move, the history (the open visit closes, one opens)
 * and the entry on the customer's timeline.
 */
export async function applyOpportunityPlan(trx: Knex, id: string, plan: OpportunityWritePlan & { orderId?: string }, movedBy: string | null): Promise<void> {
	const d = plan.derived;
	await trx('crm_opportunities')
		.where('id', id)
		.update({
			stage: plan.stageId,
			status: d.status,
			probability_bp: d.probability_bp,
			forecast_category: d.forecast_category,
			stage_entered_at: dbInstant(d.stage_entered_at),
			closed_at: dbInstant(d.closed_at),
			summary: d.summary,
			...Object.fromEntries(plan.clear.map((field) => [field, null])),
			...(plan.orderId ? { order: plan.orderId } : {}),
		});
	const h = plan.history;
	if (!h) return;
	const at = dbInstant(h.at);
	await trx('crm_opportunity_stage_history').where({ opportunity: id }).whereNull('left_at').update({ left_at: at });
	await trx('crm_opportunity_stage_history').insert({ id: randomUUID(), opportunity: id, stage: h.toStageId, from_stage: h.fromStageId, entered_at: at, left_at: null, moved_by: movedBy });
	const t = plan.timeline;
	if (t) await trx('crm_interactions').insert({ id: randomUUID(), type: 'system', direction: 'internal', occurred_at: at, customer: t.customerId, contact: null, subject: t.subject.slice(0, 255), related_collection: 'crm_opportunities', related_key: id, date_created: at, user_created: movedBy });
}
