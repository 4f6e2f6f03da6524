import type { OwnerActor } from '../access/assert-owner-assignment.ts';
import { isCrmError } from '../errors/crm-error.ts';
import type { AssignmentCustomer, AssignmentHistoryRow, AssignmentRep, AssignmentRule, AssignmentStamp } from './assignment-facts.ts';
import { ASSIGNMENT_REASON_MAX, planReassignment } from './plan-reassignment.ts';
import { resolveRuleTarget } from './resolve-rule-target.ts';

export type PreviewOutcome = 'change' | 'keep' | 'none' | 'refused';

/** One customer of a preview: from whom to whom, and why (or why not). */
export interface AssignmentPreviewRow {
	customer: string;
	customer_name: string;
	outcome: PreviewOutcome;
	from_rep: string | null;
	from_name: string | null;
	to_rep: string | null;
	to_name: string | null;
	rule: string | null;
	reason: string;
}

export interface RuleApplication {
	rows: AssignmentPreviewRow[];
	/** The history rows of the changes (their owner changes are `to_rep` of each). */
	history: AssignmentHistoryRow[];
}

/** Counts as the plan goes: each customer given to a rep of a team counts for the next one. */
function countingReps(reps: readonly AssignmentRep[]): AssignmentRep[] {
	return reps.map((r) => ({ ...r }));
}

function previewRow(customer: AssignmentCustomer, reps: readonly AssignmentRep[], outcome: PreviewOutcome, to: string | null, rule: string | null, reason: string): AssignmentPreviewRow {
	const nameOf = (id: string | null) => (id === null ? null : (reps.find((r) => r.id === id)?.name ?? id));
	return { customer: customer.id, customer_name: customer.name, outcome, from_rep: customer.ownerId, from_name: nameOf(customer.ownerId), to_rep: to, to_name: nameOf(to), rule, reason };
}

/** The history's reason: the caller's, then the rule's explanation, within the column's length. */
const historyReason = (note: string | null, why: string) => (note ? `${note} — ${why}` : why).slice(0, ASSIGNMENT_REASON_MAX);

function applyToOne(actor: OwnerActor, customer: AssignmentCustomer, rules: readonly AssignmentRule[], reps: AssignmentRep[], stamp: AssignmentStamp & { note: string | null }, out: RuleApplication): void {
	const outcome = resolveRuleTarget(customer, rules, reps);
	if (outcome.kind !== 'assign') return void out.rows.push(previewRow(customer, reps, outcome.kind, null, null, outcome.reason));
	const { repId, ruleId, reason } = outcome.assignment;
	const to = reps.find((r) => r.id === repId)!;
	const from = reps.find((r) => r.id === customer.ownerId) ?? null;
	try {
		const row = planReassignment(actor, { customerId: customer.id, from, to, reason: historyReason(stamp.note, reason), kind: 'rule', ruleId }, stamp);
		if (row) out.history.push(row);
	} catch (error) {
		if (!isCrmError(error)) throw error;
		return void out.rows.push(previewRow(customer, reps, 'refused', repId, ruleId, `${reason} Not changed: ${error.message}`));
	}
	to.customerCount += 1;
	if (from) from.customerCount -= 1;
	out.rows.push(previewRow(customer, reps, 'change', repId, ruleId, reason));
}

/**
 * The rules applied to existing customers: for each, from → to and why, or why it stays. Customers the actor
 * may not move (outside a manager's teams) are listed as refused and left alone. The preview and the apply
 * are the same plan; the apply writes its history rows (with the caller's note before each rule's reason)
 * and owner changes.
 */
export function planRuleApplication(actor: OwnerActor, customers: readonly AssignmentCustomer[], rules: readonly AssignmentRule[], reps: readonly AssignmentRep[], stamp: AssignmentStamp & { note: string | null }): RuleApplication {
	const counting = countingReps(reps);
	const out: RuleApplication = { rows: [], history: [] };
	const ordered = [...customers].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
	for (const customer of ordered) applyToOne(actor, customer, rules, counting, stamp, out);
	return out;
}
