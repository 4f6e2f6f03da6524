export { applyOpportunityPlan } from './apply-opportunity-plan.ts';
export { checkOpportunityCreate, checkOpportunityUpdate } from './check-opportunity-write.ts';
export { checkStageDelete, checkStageWrite } from './check-stage-write.ts';
export { loadPipelineStages, toOpportunityFacts, toPipelineStage } from './pipeline-rows.ts';
export { reopenOpportunityOfOrder } from './reopen-opportunity-of-order.ts';
export { winOpportunityOfOrder } from './win-opportunity-of-order.ts';
