export { MAX_CONDITIONS, MAX_DAYS, MAX_VALUES, parseSegmentRule } from './parse-segment-rule.ts';
export { type MembershipEvent, planSegmentRefresh, type SegmentRefreshFacts, type SegmentRefreshPlan } from './plan-segment-refresh.ts';
export * from './segment-rule.ts';
export { segmentTargetOf } from './segment-target.ts';
export { expandSegmentRule } from './expand-segment-rule.ts';
export { assertMembersByHand, assertValidSegment, type RuleSegment, type SegmentRow } from './assert-valid-segment.ts';
export { SEGMENT_CONDITION_SCHEMA, SEGMENT_PREVIEW_BODY, SEGMENT_RULE_SCHEMA } from './segment-rule-schema.ts';
