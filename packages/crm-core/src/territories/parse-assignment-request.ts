import type { OwnerActor } from '../access/assert-owner-assignment.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isUuid } from '../validation/is-uuid.ts';
import { parseAssignmentReason } from './plan-reassignment.ts';

export const ASSIGNMENT_MAX_CUSTOMERS = 5000;

type Body = Record<string, unknown>;
const bodyOf = (raw: unknown): Body => (raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Body) : {});
const bad = (field: string, message: string) => new CrmError('CRM_INVALID_PAYLOAD', message, { field });

/** The customers a request names (null: every customer the caller may read), each once. */
function parseCustomers(raw: unknown): string[] | null {
	if (raw === undefined || raw === null) return null;
	if (!Array.isArray(raw) || raw.length === 0) throw bad('customers', '"customers" is a non-empty list of customer ids, or leave it out for every customer you may read.');
	if (raw.length > ASSIGNMENT_MAX_CUSTOMERS) throw bad('customers', `At most ${ASSIGNMENT_MAX_CUSTOMERS} customers at a time.`);
	const wrong = raw.find((id) => typeof id !== 'string' || !isUuid(id));
	if (wrong !== undefined) throw bad('customers', `"${String(wrong)}" is not a customer id.`);
	return [...new Set(raw as string[])];
}

export interface RuleApplicationRequest {
	customers: string[] | null;
	reason: string | null;
}

/** POST /crm/assignment/preview and /apply: which customers, and (to apply) why. */
export function parseRuleApplicationRequest(raw: unknown, apply: boolean): RuleApplicationRequest {
	const body = bodyOf(raw);
	return { customers: parseCustomers(body['customers']), reason: apply ? parseAssignmentReason(body['reason']) : null };
}

export interface BulkMoveRequest {
	fromRep: string;
	toRep: string;
	reason: string;
}

/** POST /crm/assignment/reassign: every customer of one rep to another, and why. */
export function parseBulkMoveRequest(raw: unknown): BulkMoveRequest {
	const body = bodyOf(raw);
	for (const field of ['from_rep', 'to_rep']) {
		if (typeof body[field] !== 'string' || !isUuid(body[field])) throw bad(field, `"${field}" is the id of a sales rep.`);
	}
	return { fromRep: String(body['from_rep']), toRep: String(body['to_rep']), reason: parseAssignmentReason(body['reason']) };
}

/** Customers are reassigned by administrators and by managers (within their teams); reps cannot. */
export function assertMayReassign(actor: OwnerActor): void {
	if (actor.admin || actor.managedTeamIds.length > 0) return;
	throw new CrmError('CRM_NOT_PERMITTED', 'Only an administrator or a sales manager reassigns customers.', {});
}
