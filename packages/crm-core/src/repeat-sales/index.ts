export { assessReorder, REORDER_STATUSES, type ReorderAssessment, type ReorderInput, type ReorderStatus } from './assess-reorder.ts';
export { planReorderFollowUps, type ReorderCandidate, type ReorderFollowUp, type ReorderFollowUpInput, reorderFollowUpKey } from './plan-reorder-follow-ups.ts';
export { MIN_PURCHASES_FOR_CYCLE, type PurchaseCycle, purchaseCycle } from './purchase-cycle.ts';
