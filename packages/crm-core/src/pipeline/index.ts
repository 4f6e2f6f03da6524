export type { OpportunityDerived, OpportunityFacts, StageHistoryPlan } from './opportunity-facts.ts';
export { assertClosingStagesRemain, assertStageConsistent, FORECAST_CATEGORIES, type ForecastCategory, firstStageWith, type PipelineStage, STAGE_OUTCOMES, type StageOutcome } from './pipeline-stage.ts';
export { type OpportunityWonFacts, planOpportunityWon } from './plan-opportunity-won.ts';
export { type OpportunityReopenedFacts, planOpportunityReopened } from './plan-opportunity-reopened.ts';
export { type OpportunityWriteFacts, type OpportunityWritePlan, type OpportunityWriter, planOpportunityWrite, summarizeOpportunity } from './plan-opportunity-write.ts';
export { type LinkedQuote, planQuoteFromOpportunity, type QuoteDraft } from './plan-quote-from-opportunity.ts';
export { stageDurations, type StageTime, type StageVisit } from './stage-durations.ts';
export { pipelineByStage, type StagePipeline, type StageSums } from './pipeline-by-stage.ts';
