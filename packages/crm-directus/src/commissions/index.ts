export { assertOrderSplitsValid, assertStatementsDeletable, assertStoredPlanValid, checkCommissionPlanCreate, checkCommissionPlanUpdate, planOfTier } from './check-commission-writes.ts';
export { loadCommissionCredits } from './load-commission-credits.ts';
export { assertRepSplitsComplete, loadCommissionPlan, type StoredCommissionPlan, toCommissionPlan } from './load-commission-plan.ts';
export { approveCommissionStatement, computeRepStatement, loadStatementForApproval, type StatementActorOf, statementRows, storeCommissionStatement } from './store-commission-statement.ts';
export { loadStatementView, managesRep } from './load-statement-view.ts';
