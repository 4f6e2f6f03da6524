export { loadAssignmentCustomers, loadAssignmentReps, loadAssignmentRules } from './load-assignment-facts.ts';
export { loadOwnerActor } from './load-owner-actor.ts';
export { assertOwnerAssignable, assertStoredRuleValid, assignNewCustomer, ownersBefore, recordOwnerChange } from './record-owner-changes.ts';
export { applyAssignments, insertAssignmentHistory } from './store-assignments.ts';
export { applyRulesTo, moveRepCustomers, planRulesFor } from './run-assignment.ts';
