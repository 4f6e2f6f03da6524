export { type AssessedTarget, assessSalesTargets, formatterOf } from './assess-sales-targets.ts';
export { checkTargetCreate, checkTargetUpdate } from './check-target-write.ts';
export { loadTargetActuals, loadTeamMembers } from './load-target-actual.ts';
export { runBehindPlanAlerts } from './run-behind-plan-alerts.ts';
export { toSalesTarget } from './target-rows.ts';
export { checkPlanScope } from './check-plan-scope.ts';
