import { CrmError } from '../errors/crm-error.ts';
import { formatAmount, formatBp } from '../profitability/describe-amounts.ts';
import type { OpportunityDerived, OpportunityFacts, StageHistoryPlan } from './opportunity-facts.ts';
import { firstStageWith, type PipelineStage } from './pipeline-stage.ts';

/** Who writes: a person (REST, the Studio, the kanban) or the CRM winning the opportunity for a confirmed order. */
export type OpportunityWriter = 'person' | 'order';

export interface OpportunityWriteFacts {
	/** The opportunity as stored; null when it is being created. */
	before: OpportunityFacts | null;
	/** As it will be: the stored row with the payload over it (the stage left empty on create means the first open stage). */
	after: OpportunityFacts;
	stages: readonly PipelineStage[];
	/** ISO instant of the write. */
	now: string;
	by: OpportunityWriter;
}

export interface OpportunityWritePlan {
	stageId: string;
	derived: OpportunityDerived;
	/** Set when the stage changes (or on create): the history closes the old row and opens one. */
	history: StageHistoryPlan | null;
	/** Fields emptied: a reopened opportunity is no longer lost for a reason, nor won by a cancelled order. */
	clear: ('lost_reason' | 'lost_note' | 'order')[];
	/** The entry on the customer's timeline for a stage move or an outcome; null when the stage stays. */
	timeline: { customerId: string; subject: string } | null;
}

/** Fields a won opportunity keeps (its order was confirmed on these terms), with the field each is stored in. */
const LOCKED_WHEN_WON = { stageId: 'stage', amount: 'amount', currency: 'currency', customerId: 'customer' } as const;

function stageOf(stages: readonly PipelineStage[], id: string | null): PipelineStage {
	const stage = stages.find((s) => s.id === id);
	if (!stage) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no pipeline stage "${id ?? ''}".`, { field: 'stage' });
	return stage;
}

function targetStage(facts: OpportunityWriteFacts): PipelineStage {
	if (facts.after.stageId !== null) return stageOf(facts.stages, facts.after.stageId);
	const first = facts.before === null ? firstStageWith(facts.stages, 'open') : null;
	if (!first) throw new CrmError('CRM_REQUIRED_FIELD', 'Choose the stage of the opportunity.', { field: 'stage' });
	return first;
}

function assertMoveAllowed(facts: OpportunityWriteFacts, to: PipelineStage, moved: boolean): void {
	const { before, by } = facts;
	if (before?.status === 'won') {
		const changed = Object.entries(LOCKED_WHEN_WON).find(([fact]) => facts.after[fact as keyof typeof LOCKED_WHEN_WON] !== before[fact as keyof typeof LOCKED_WHEN_WON]);
		if (changed) throw new CrmError('CRM_OPPORTUNITY_CLOSED', `"${before.name}" is won (its order is confirmed): its stage, amount, currency and customer no longer change.`, { field: changed[1] });
	}
	if (!moved) return;
	if (!to.active) throw new CrmError('CRM_STAGE_NOT_ALLOWED', `The stage "${to.name}" is no longer used; choose an active stage.`, { field: 'stage' });
	if (to.outcome === 'won' && by === 'person') throw new CrmError('CRM_STAGE_NOT_ALLOWED', `An opportunity is won when its order is confirmed: make a proposal from it (POST /crm/opportunities/:id/quote), then accept and confirm the order.`, { field: 'stage' });
	if (before === null && to.outcome === 'lost') throw new CrmError('CRM_STAGE_NOT_ALLOWED', `A new opportunity starts in an open stage, not in "${to.name}".`, { field: 'stage' });
}

/** What the stage asks for is there once the write is done: a next step with its day, a reason for a loss. */
function assertStageNeeds(after: OpportunityFacts, to: PipelineStage): void {
	if (to.outcome === 'open' && to.requiresNextStep) {
		if (!after.nextStep?.trim()) throw new CrmError('CRM_NEXT_STEP_REQUIRED', `The stage "${to.name}" needs the next step: say what happens next.`, { field: 'next_step' });
		if (!after.nextStepDue) throw new CrmError('CRM_NEXT_STEP_REQUIRED', `The stage "${to.name}" needs the day the next step is due.`, { field: 'next_step_due' });
	}
	if (to.outcome === 'lost' && !after.lostReasonId) throw new CrmError('CRM_LOST_REASON_REQUIRED', `Say why "${after.name}" was lost: choose a lost reason.`, { field: 'lost_reason' });
}

/** "12,000.00 EUR · 60 %": the line a board card shows under the deal's name (the card shows the closing day itself). */
export function summarizeOpportunity(o: Pick<OpportunityFacts, 'amount' | 'currency'>, stage: PipelineStage): string {
	const amount = o.currency ? formatAmount(o.amount, o.currency) : String(o.amount);
	return `${amount} · ${stage.outcome === 'open' ? formatBp(stage.probabilityBp) : stage.outcome}`;
}

/** The timeline's words for a move: "Opportunity "Fleet renewal": Qualify → Propose (12,000.00 EUR · 60 % · closes 2026-12-20)". */
function describeMove(o: OpportunityFacts, from: PipelineStage | null, to: PipelineStage): string {
	const what = `Opportunity "${o.name}"`;
	const summary = `${summarizeOpportunity(o, to)}${to.outcome === 'open' && o.expectedClose ? ` · closes ${o.expectedClose}` : ''}`;
	if (from === null) return `${what} opened in ${to.name} (${summary})`;
	const reopened = to.outcome === 'open' && from.outcome === 'lost';
	const verb = to.outcome === 'open' ? '' : ` ${to.outcome}`;
	return `${what}${reopened ? ' reopened' : verb}: ${from.name} → ${to.name} (${summary})`;
}

/**
 * S6.8 — every write of an opportunity: the stage it goes to is allowed (active, not won by hand, not
 * lost at birth, nothing changes once won), what the stage asks for is given, and the CRM derives the
 * probability, forecast category, status, when the stage was entered and closed, and the card's summary.
 */
export function planOpportunityWrite(facts: OpportunityWriteFacts): OpportunityWritePlan {
	const { before, after, now } = facts;
	const to = targetStage(facts);
	const moved = before === null || before.stageId !== to.id;
	assertMoveAllowed(facts, to, moved);
	assertStageNeeds(after, to);
	const enteredAt = moved ? now : (before?.stageEnteredAt ?? now);
	return {
		stageId: to.id,
		derived: {
			status: to.outcome,
			probability_bp: to.probabilityBp,
			forecast_category: to.forecastCategory,
			stage_entered_at: enteredAt,
			closed_at: to.outcome === 'open' ? null : enteredAt,
			summary: summarizeOpportunity(after, to),
		},
		history: moved ? { fromStageId: before?.stageId ?? null, toStageId: to.id, at: now } : null,
		clear: to.outcome === 'open' && before?.status === 'lost' ? ['lost_reason', 'lost_note'] : [],
		timeline: moved && after.customerId ? { customerId: after.customerId, subject: describeMove(after, before === null ? null : facts.stages.find((s) => s.id === before.stageId) ?? null, to) } : null,
	};
}
