// Public API of service intake (A5.7, A5.9): a new request read, checked, classified, held to its terms and routed.
export { classifyIntake, type ClassifiedIntake, type IntakeFacts } from './classify-intake.ts';
export { composeNewRequest, type DecisionKind, describeClassification, manualIntakeDecision, routedDecision, type RoutingDecision, statusForAssignee, teamOfSpecialist } from './compose-new-request.ts';
export { DEFAULT_INTAKE_CHANNEL, type IntakeRequest, parseIntakeRequest } from './intake-request.ts';
export { assertSkillsKnown, parseRequiredSkills, type StoredSkill, toStoredSkills } from './required-skills.ts';
export { type RequestTerms, resolveRequestTerms, termsFields, type TermsWithWarnShares } from './resolve-request-terms.ts';
export { statusAfterRouting } from './status-after-routing.ts';
export { manualAssignmentDecision, type RequestUpdateFacts, statusMoveAfterUpdate, termsDependOnChange } from './plan-request-update.ts';
export { type DecisionToRecompute, recomputeDecision, type RecomputeDecisionInput, type RecomputedDecision } from './recompute-decision.ts';
