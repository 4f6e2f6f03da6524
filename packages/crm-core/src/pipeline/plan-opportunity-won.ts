import { CrmError } from '../errors/crm-error.ts';
import type { OpportunityFacts } from './opportunity-facts.ts';
import { planOpportunityWrite, type OpportunityWritePlan } from './plan-opportunity-write.ts';
import { firstStageWith, type PipelineStage } from './pipeline-stage.ts';

export interface OpportunityWonFacts {
	opportunity: OpportunityFacts;
	stages: readonly PipelineStage[];
	/** The order whose confirmation wins it. */
	orderId: string;
	now: string;
}

/**
 * S6.8 — an opportunity is won when an order made from it is confirmed: it moves to the first won stage
 * and links the order. A lost one is won too (the customer came back: the order is the stronger fact); a
 * won one stays as it is (a second order from the same proposal changes nothing). Null when nothing changes.
 */
export function planOpportunityWon(facts: OpportunityWonFacts): (OpportunityWritePlan & { orderId: string }) | null {
	const { opportunity, stages, orderId, now } = facts;
	if (opportunity.status === 'won') return null;
	const won = firstStageWith(stages, 'won');
	if (!won) throw new CrmError('CRM_STAGE_INVALID', 'The pipeline has no active won stage to close the opportunity in; add one in Pipeline stages.', { field: 'outcome' });
	const plan = planOpportunityWrite({ before: opportunity, after: { ...opportunity, stageId: won.id, orderId }, stages, now, by: 'order' });
	return { ...plan, clear: [], orderId };
}
