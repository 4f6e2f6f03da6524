import { CrmError } from '../errors/crm-error.ts';

/** A commission statement is drafted, then approved by a manager and locked for payroll. */
export const COMMISSION_STATEMENT_STATUSES = ['draft', 'approved'] as const;
export type CommissionStatementStatus = (typeof COMMISSION_STATEMENT_STATUSES)[number];

/** Who asks for the move: only a manager approves. */
export interface StatementActor {
	isManager: boolean;
}

const isStatus = (value: unknown): value is CommissionStatementStatus => COMMISSION_STATEMENT_STATUSES.includes(value as CommissionStatementStatus);

/**
 * The status a commission statement moves to, or CRM_INVALID_TRANSITION. draft → approved is the one move,
 * and a manager's. Approved is final: the statement has been paid out on, so a correction is a credit note's
 * clawback line on the statement of a later period, never an edit. A "move" to the same status is refused
 * too, so a caller that thinks something happened hears that nothing did.
 */
export function planStatementTransition(current: CommissionStatementStatus, target: CommissionStatementStatus, actor: StatementActor): CommissionStatementStatus {
	if (!isStatus(current) || !isStatus(target)) {
		throw new CrmError('CRM_INVALID_CHOICE', `"${String(isStatus(current) ? target : current)}" is not a commission statement status (${COMMISSION_STATEMENT_STATUSES.join(', ')}).`, { field: 'status' });
	}
	const details = { field: 'status', from: current, to: target };
	if (current === 'approved') {
		throw new CrmError('CRM_INVALID_TRANSITION', 'An approved commission statement is final; correct it with clawback lines on a later period\'s statement.', { ...details, allowed: [] });
	}
	if (target === 'draft') throw new CrmError('CRM_INVALID_TRANSITION', 'The statement is already a draft; the next step is "approved".', { ...details, allowed: ['approved'] });
	if (!actor.isManager) throw new CrmError('CRM_INVALID_TRANSITION', 'Only a sales manager may approve a commission statement.', { ...details, allowed: [] });
	return target;
}
