export { checkSalesTaskCreate, checkSalesTaskUpdate } from './check-sales-task.ts';
export { loadPurchaseHistories, type PurchaseScope } from './load-purchase-histories.ts';
export { type ReorderJobResult, runReorderJob } from './run-reorder-job.ts';
