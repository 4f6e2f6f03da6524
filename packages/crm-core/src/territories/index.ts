export type { AssignmentCustomer, AssignmentHistoryRow, AssignmentKind, AssignmentRep, AssignmentRule, AssignmentStamp } from './assignment-facts.ts';
export { chooseTeamRep } from './choose-team-rep.ts';
export { matchAssignmentRule, orderRules, type RuleMatch } from './match-assignment-rule.ts';
export { type BulkMove, planBulkMove } from './plan-bulk-move.ts';
export { ASSIGNMENT_REASON_MAX, assertAssignableRep, parseAssignmentReason, planReassignment, type Reassignment } from './plan-reassignment.ts';
export { type AssignmentPreviewRow, planRuleApplication, type PreviewOutcome, type RuleApplication } from './plan-rule-application.ts';
export { resolveRuleTarget, type RuleAssignment, type RuleOutcome } from './resolve-rule-target.ts';
export { assertValidAssignmentRule, type RuleTargetRow } from './assert-valid-assignment-rule.ts';
export { ASSIGNMENT_MAX_CUSTOMERS, assertMayReassign, type BulkMoveRequest, parseBulkMoveRequest, parseRuleApplicationRequest, type RuleApplicationRequest } from './parse-assignment-request.ts';
