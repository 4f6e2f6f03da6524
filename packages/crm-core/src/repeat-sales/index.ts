export { assessReorder, REORDER_STATUSES, type ReorderAssessment, type ReorderInput, type ReorderStatus } from './assess-reorder.ts';
export { planReorderFollowUps, type ReorderCandidate, type ReorderFollowUp, type ReorderFollowUpInput, reorderFollowUpKey } from './plan-reorder-follow-ups.ts';
export { MIN_PURCHASES_FOR_CYCLE, type PurchaseCycle, purchaseCycle } from './purchase-cycle.ts';
export { assessReorderList, byReorderUrgency, filterReorders, type PurchaseHistory } from './assess-reorder-list.ts';
export { type ChurnFlagChange, planReorderRun, type ReorderRunInput, type ReorderRunPlan, type StoredChurnFlag } from './plan-reorder-run.ts';
export { parseReorderQuery, parseReorderRun, REORDER_LIST_STATUSES, REORDER_QUERY_PARAMETERS, type ReorderListStatus, type ReorderQuery } from './reorder-query.ts';
export { checkSalesTaskWrite, SALES_TASK_KINDS, type SalesTaskKind } from './check-sales-task-write.ts';
