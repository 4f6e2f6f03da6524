import type { ForecastCategory, StageOutcome } from './pipeline-stage.ts';

/** An opportunity as stored, in the domain's words. */
export interface OpportunityFacts {
	id: string;
	name: string;
	customerId: string | null;
	amount: number;
	currency: string | null;
	expectedClose: string | null;
	stageId: string | null;
	status: StageOutcome;
	/** ISO instant the opportunity entered its stage. */
	stageEnteredAt: string | null;
	nextStep: string | null;
	nextStepDue: string | null;
	lostReasonId: string | null;
	quoteId: string | null;
	orderId: string | null;
}

/** The fields the CRM derives on every write (clients cannot set them). */
export interface OpportunityDerived {
	status: StageOutcome;
	probability_bp: number;
	forecast_category: ForecastCategory;
	stage_entered_at: string;
	closed_at: string | null;
	summary: string;
}

/** The stage history after a move: the current row closes, a new row opens. */
export interface StageHistoryPlan {
	/** The stage left (null on create). */
	fromStageId: string | null;
	toStageId: string;
	at: string;
}
