import { assertOwnerAssignment, type OwnerActor } from '../access/assert-owner-assignment.ts';
import { CrmError } from '../errors/crm-error.ts';
import type { AssignmentHistoryRow, AssignmentRep, AssignmentStamp } from './assignment-facts.ts';
import { assertAssignableRep, planReassignment } from './plan-reassignment.ts';

export interface BulkMove {
	from: AssignmentRep | null;
	to: AssignmentRep | null;
	/** The customers rep `from` owns now. */
	customerIds: readonly string[];
	reason: string;
}

/**
 * A rep leaves: every customer of rep A goes to rep B, each with its history row. All or nothing: one customer
 * the actor may not move refuses the whole move.
 */
export function planBulkMove(actor: OwnerActor, move: BulkMove, stamp: AssignmentStamp): AssignmentHistoryRow[] {
	if (!move.from) throw new CrmError('CRM_NOT_FOUND', 'There is no such sales rep to move customers from.', { field: 'from_rep' });
	const to = assertAssignableRep(move.to);
	if (move.from.id === to.id) throw new CrmError('CRM_INVALID_PAYLOAD', 'Move customers to another rep: "from_rep" and "to_rep" are the same.', { field: 'to_rep' });
	// Checked once for the reps themselves, so a manager is refused a rep outside their teams even without customers.
	assertOwnerAssignment(actor, { id: to.id, teamId: to.teamId }, { id: move.from.id, teamId: move.from.teamId }, 'update');
	const rows: AssignmentHistoryRow[] = [];
	for (const customerId of move.customerIds) {
		const row = planReassignment(actor, { customerId, from: move.from, to, reason: move.reason, kind: 'bulk', ruleId: null }, stamp);
		if (row) rows.push(row);
	}
	return rows;
}
