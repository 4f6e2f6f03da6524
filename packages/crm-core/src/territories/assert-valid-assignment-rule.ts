import { CrmError } from '../errors/crm-error.ts';

/** The target fields of a rule as stored (after a write). */
export interface RuleTargetRow {
	target_rep?: unknown;
	target_team?: unknown;
}

/** A rule gives its customers to one rep or to a team's reps: exactly one of the two. */
export function assertValidAssignmentRule(row: RuleTargetRow): void {
	const rep = row.target_rep ?? null;
	const team = row.target_team ?? null;
	if (rep === null && team === null) throw new CrmError('CRM_ASSIGNMENT_RULE_INVALID', 'Choose whom the rule assigns customers to: a rep or a team.', { field: 'target_rep' });
	if (rep !== null && team !== null) throw new CrmError('CRM_ASSIGNMENT_RULE_INVALID', 'A rule assigns to a rep or to a team, not both: clear one of them.', { field: 'target_team' });
}
