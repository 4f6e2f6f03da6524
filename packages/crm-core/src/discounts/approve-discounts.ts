import { CrmError } from '../errors/crm-error.ts';
import { formatBasisPointsAsPercent } from '../pricing/format-basis-points.ts';

export interface DiscountApprovalFacts {
	document: { number: string; status: string };
	lines: readonly { id: string; discountBp: number; approvalStatus: string }[];
	/** The lines the manager named; null approves every pending line. */
	wanted: readonly string[] | null;
	/** The approver's own limit. */
	limitBp: number;
	approverId: string | null;
	at: string;
}

export interface DiscountApproval {
	lineId: string;
	discountApprovedBp: number;
	belowFloorApproved: true;
	approvedBy: string | null;
	approvedAt: string;
}

/**
 * M3.1 — a manager approves the manual discounts of a draft's pending lines (all, or the named ones),
 * below the margin floor included. The approver's own limit must cover each discount; who and when is kept.
 */
export function approveDiscounts(facts: DiscountApprovalFacts): DiscountApproval[] {
	const { document, lines, wanted, limitBp } = facts;
	if (document.status !== 'draft') throw new CrmError('CRM_DOCUMENT_LOCKED', `${document.number} is ${document.status}: only a draft's discounts can be approved.`, { field: 'status' });
	const unknown = wanted?.find((l) => !lines.some((line) => line.id === l));
	if (unknown) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Line "${unknown}" is not a line of ${document.number}.`, { field: 'lines' });
	const pending = lines.filter((l) => l.approvalStatus === 'pending' && (!wanted || wanted.includes(l.id)));
	const beyond = pending.filter((l) => l.discountBp > limitBp);
	if (beyond.length > 0) {
		const most = formatBasisPointsAsPercent(Math.max(...beyond.map((l) => l.discountBp)));
		throw new CrmError('CRM_APPROVAL_FORBIDDEN', `Your approval limit is ${formatBasisPointsAsPercent(limitBp)}; ${beyond.length} line${beyond.length > 1 ? 's carry' : ' carries'} up to ${most}. Ask someone with a higher limit.`, { field: 'lines', limitBp });
	}
	return pending.map((l) => ({ lineId: l.id, discountApprovedBp: l.discountBp, belowFloorApproved: true, approvedBy: facts.approverId, approvedAt: facts.at }));
}
