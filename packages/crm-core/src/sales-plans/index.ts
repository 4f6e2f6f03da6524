export { type AttainmentStatus, assessTarget, type TargetAttainment } from './assess-target.ts';
export { ALERT_INTERVAL_MS, type BehindPlanAlert, type BehindPlanFacts, planBehindAlerts } from './plan-behind-alerts.ts';
export { assertSalesTargetValid, type SalesTarget, TARGET_MAX_DAYS, TARGET_MEASURES, type TargetMeasure, targetValueOf } from './sales-target.ts';
export { spreadTargetByMonth, type TargetMonth } from './spread-target-by-month.ts';
export { parseSalesPlanQuery, SALES_PLAN_QUERY_PARAMETERS } from './sales-plan-query.ts';
export { assertManagesPlanScope, type PlanScope, type PlanWriter } from './assert-manages-plan-scope.ts';
