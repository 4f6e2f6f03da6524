export { MAX_CONDITIONS, MAX_DAYS, MAX_VALUES, parseSegmentRule } from './parse-segment-rule.ts';
export { type MembershipEvent, planSegmentRefresh, type SegmentRefreshFacts, type SegmentRefreshPlan } from './plan-segment-refresh.ts';
export * from './segment-rule.ts';
export { segmentTargetOf } from './segment-target.ts';
