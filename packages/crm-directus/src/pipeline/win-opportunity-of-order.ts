import { planOpportunityWon } from '@crm/core';
import type { Knex } from 'knex';
import { forUpdate } from '../ledger-rows.ts';
import { applyOpportunityPlan } from './apply-opportunity-plan.ts';
import { loadPipelineStages, type Row, toOpportunityFacts } from './pipeline-rows.ts';

/** A confirmed order wins the opportunity it came from (through its proposal), in the confirmation's transaction. */
export async function winOpportunityOfOrder(trx: Knex, orderId: string, now: string): Promise<void> {
	const order = (await trx('crm_orders').select('status', 'opportunity').where('id', orderId).first()) as Row | undefined;
	if (!order?.['opportunity'] || order['status'] !== 'confirmed') return;
	const row = (await forUpdate(trx, trx('crm_opportunities').select('*').where('id', String(order['opportunity']))).first()) as Row | undefined;
	if (!row) return;
	const plan = planOpportunityWon({ opportunity: toOpportunityFacts(row), stages: await loadPipelineStages(trx), orderId, now });
	if (plan) await applyOpportunityPlan(trx, String(row['id']), plan, null);
}
