export { checkActivityTargetCreate, checkActivityTargetUpdate } from './check-activity-target-write.ts';
export { assertStoredCoordinates } from './check-customer-coordinates.ts';
export { checkVisitPlanCreate, checkVisitPlanUpdate, loadPlanStops, storeVisitPlanSlot } from './check-visit-plan-write.ts';
export { checkVisitStopCreate, checkVisitStopUpdate } from './check-visit-stop-write.ts';
export { type ActivityQuery, loadActivityAttainment, type ReadUnderPolicy } from './load-activity-attainment.ts';
export { logStopVisit } from './log-stop-visit.ts';
export { type OrderedPlan, orderVisitPlan } from './order-visit-plan.ts';
export { toActivityTarget, visitCallerOf } from './visit-rows.ts';
