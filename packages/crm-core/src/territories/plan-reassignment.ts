import { assertOwnerAssignment, type OwnerActor } from '../access/assert-owner-assignment.ts';
import { CrmError } from '../errors/crm-error.ts';
import type { AssignmentHistoryRow, AssignmentKind, AssignmentRep, AssignmentStamp } from './assignment-facts.ts';

export const ASSIGNMENT_REASON_MAX = 500;

/** A rep who may receive customers: one that exists and is active (an inactive rep has left or is leaving). */
export function assertAssignableRep(rep: AssignmentRep | null | undefined, field = 'to_rep'): AssignmentRep {
	if (!rep) throw new CrmError('CRM_NOT_FOUND', 'There is no such sales rep to assign customers to.', { field });
	if (!rep.active) throw new CrmError('CRM_ASSIGNMENT_REP_INACTIVE', `${rep.name} is not an active rep: customers go to an active rep only.`, { field });
	return rep;
}

/** A reason as it is kept: trimmed, required, at most ASSIGNMENT_REASON_MAX characters. */
export function parseAssignmentReason(raw: unknown, field = 'reason'): string {
	const reason = typeof raw === 'string' ? raw.trim() : '';
	if (!reason) throw new CrmError('CRM_ASSIGNMENT_REASON_REQUIRED', 'Say why the customers change owner ("reason"): the history keeps it.', { field });
	if (reason.length > ASSIGNMENT_REASON_MAX) throw new CrmError('CRM_TOO_LONG', `The reason is at most ${ASSIGNMENT_REASON_MAX} characters.`, { field });
	return reason;
}

const refOf = (rep: AssignmentRep | null) => (rep ? { id: rep.id, teamId: rep.teamId } : null);

export interface Reassignment {
	customerId: string;
	from: AssignmentRep | null;
	to: AssignmentRep;
	reason: string;
	kind: AssignmentKind;
	ruleId: string | null;
}

/**
 * One owner change as the actor may make it: to an active rep, within the actor's teams unless they are an
 * administrator (assertOwnerAssignment); the history row that records it, or null when nothing changes.
 */
export function planReassignment(actor: OwnerActor, change: Reassignment, stamp: AssignmentStamp): AssignmentHistoryRow | null {
	assertAssignableRep(change.to);
	if (change.from?.id === change.to.id) return null;
	assertOwnerAssignment(actor, refOf(change.to), refOf(change.from), 'update');
	return { customer: change.customerId, from_rep: change.from?.id ?? null, to_rep: change.to.id, at: stamp.at, by_user: stamp.userId, reason: change.reason, rule: change.ruleId, kind: change.kind };
}
