import type { AssignmentCustomer, AssignmentRep, AssignmentRule } from './assignment-facts.ts';
import { chooseTeamRep } from './choose-team-rep.ts';
import { matchAssignmentRule } from './match-assignment-rule.ts';

export interface RuleAssignment {
	ruleId: string;
	repId: string;
	/** For the history and the preview: which rule, why it matched, why this rep. */
	reason: string;
}

export type RuleOutcome = { kind: 'assign'; assignment: RuleAssignment } | { kind: 'keep'; reason: string } | { kind: 'none'; reason: string };

function ruleWords(rule: AssignmentRule, why: string): string {
	return `Rule "${rule.name}" (priority ${rule.sort}) matched: ${why}`;
}

/**
 * What the rules say about one customer: the rep to own it, or keep the owner (already the rule's rep, or an
 * active rep of the rule's team), or nothing (no rule matches, or its target has no active rep).
 */
export function resolveRuleTarget(customer: AssignmentCustomer, rules: readonly AssignmentRule[], reps: readonly AssignmentRep[]): RuleOutcome {
	const match = matchAssignmentRule(customer, rules);
	if (!match) return { kind: 'none', reason: 'No active rule matches this customer.' };
	const words = ruleWords(match.rule, match.why);
	const owner = reps.find((r) => r.id === customer.ownerId);
	if (match.rule.targetTeamId !== null) {
		if (owner?.active && owner.teamId === match.rule.targetTeamId) return { kind: 'keep', reason: `${words}; the owner is already an active rep of team ${owner.teamName ?? owner.teamId}.` };
		const rep = chooseTeamRep(match.rule.targetTeamId, reps);
		if (!rep) return { kind: 'none', reason: `${words}, but its team has no active rep.` };
		return { kind: 'assign', assignment: { ruleId: match.rule.id, repId: rep.id, reason: `${words}; ${rep.name} has the fewest customers in team ${rep.teamName ?? rep.teamId} (${rep.customerCount}).` } };
	}
	const rep = reps.find((r) => r.id === match.rule.targetRepId);
	if (!rep?.active) return { kind: 'none', reason: `${words}, but its rep is not active.` };
	if (customer.ownerId === rep.id) return { kind: 'keep', reason: `${words}; ${rep.name} already owns it.` };
	return { kind: 'assign', assignment: { ruleId: match.rule.id, repId: rep.id, reason: `${words}; assigned to ${rep.name}.` } };
}
