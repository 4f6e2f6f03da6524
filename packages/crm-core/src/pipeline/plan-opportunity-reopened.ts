import type { OpportunityFacts } from './opportunity-facts.ts';
import type { OpportunityWritePlan } from './plan-opportunity-write.ts';
import { summarizeOpportunity } from './plan-opportunity-write.ts';
import type { PipelineStage } from './pipeline-stage.ts';

export interface OpportunityReopenedFacts {
	opportunity: OpportunityFacts;
	stages: readonly PipelineStage[];
	/** The order that was cancelled, and its number for the timeline. */
	order: { id: string; number: string | null };
	/** The stage the opportunity was in before it was won (the stage history's last move); null when unknown. */
	stageBeforeWon: string | null;
	now: string;
}

/** The stage a reopened deal returns to: where it stood before it was won, else the last active open stage. */
function reopenStage(stages: readonly PipelineStage[], before: string | null): PipelineStage | null {
	const open = stages.filter((s) => s.active && s.outcome === 'open');
	return open.find((s) => s.id === before) ?? [...open].sort((a, b) => b.sort - a.sort || a.id.localeCompare(b.id))[0] ?? null;
}

/**
 * S6.8 — cancelling the order that won an opportunity makes the deal open again: a win that never turns
 * into revenue must not stay in the win rate, the commit or the forecast. It returns to the stage it was
 * in before it was won (what the rep last knew), loses the order link and says why on the timeline.
 * The CRM does it, so the stage's own demands (a next step) are not asked for: refusing them would block
 * the cancellation. Null when the order is not the one that won it, or no open stage is active.
 */
export function planOpportunityReopened(facts: OpportunityReopenedFacts): OpportunityWritePlan | null {
	const { opportunity: o, order, now } = facts;
	if (o.status !== 'won' || o.orderId !== order.id) return null;
	const to = reopenStage(facts.stages, facts.stageBeforeWon);
	if (!to) return null;
	const from = facts.stages.find((s) => s.id === o.stageId);
	const what = `order ${order.number ?? order.id}`;
	return {
		stageId: to.id,
		derived: { status: 'open', probability_bp: to.probabilityBp, forecast_category: to.forecastCategory, stage_entered_at: now, closed_at: null, summary: summarizeOpportunity(o, to) },
		history: { fromStageId: o.stageId, toStageId: to.id, at: now },
		clear: ['order'],
		timeline: o.customerId ? { customerId: o.customerId, subject: `Opportunity "${o.name}" reopened: ${from?.name ?? 'Won'} → ${to.name} (${what} was cancelled)` } : null,
	};
}
