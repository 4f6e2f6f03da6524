import { planOpportunityReopened } from '@crm/core';
import type { Knex } from 'knex';
import { textOrNull } from '../db-cells.ts';
import { forUpdate } from '../ledger-rows.ts';
import { applyOpportunityPlan } from './apply-opportunity-plan.ts';
import { loadPipelineStages, type Row, toOpportunityFacts } from './pipeline-rows.ts';

/** The stage an opportunity came from into its current one: the open row of its stage history. */
async function stageBeforeCurrent(trx: Knex, opportunityId: string): Promise<string | null> {
	const visit = (await trx('crm_opportunity_stage_history').select('from_stage').where('opportunity', opportunityId).whereNull('left_at').orderBy('entered_at', 'desc').first()) as Row | undefined;
	return textOrNull(visit?.['from_stage']);
}

/** A cancelled order reopens the opportunity it had won, in the cancellation's transaction. */
export async function reopenOpportunityOfOrder(trx: Knex, orderId: string, now: string): Promise<void> {
	const order = (await trx('crm_orders').select('status', 'opportunity', 'number').where('id', orderId).first()) as Row | undefined;
	if (!order?.['opportunity'] || order['status'] !== 'cancelled') return;
	const row = (await forUpdate(trx, trx('crm_opportunities').select('*').where('id', String(order['opportunity']))).first()) as Row | undefined;
	if (!row) return;
	const id = String(row['id']);
	const plan = planOpportunityReopened({ opportunity: toOpportunityFacts(row), stages: await loadPipelineStages(trx), order: { id: orderId, number: textOrNull(order['number']) }, stageBeforeWon: await stageBeforeCurrent(trx, id), now });
	if (plan) await applyOpportunityPlan(trx, id, plan, null);
}
