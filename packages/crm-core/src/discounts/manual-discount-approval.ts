import type { ApprovalReason } from './pricing-result.ts';

export type ApprovalStatus = 'not_needed' | 'pending' | 'approved';

/** A line's manual discount as stored: what was given, what a manager approved, and the limit of whoever set it. */
export interface StoredManualDiscount {
	discountBp: number;
	/** Approved by a manager up to this many basis points. */
	approvedBp: number;
	/** Approval limit of the person who last set the discount. */
	limitBp: number;
	/** A manager allowed the discount below the margin floor. */
	belowFloorApproved: boolean;
	/** When a manager approved; null when nobody did. */
	approvedAt: unknown;
}

/**
 * What the engine needs of a stored manual discount: it is approved up to the larger of the manager's
 * approval and the setter's own limit; a below-floor approval holds only while the discount stays
 * within what the manager approved.
 */
export function manualDiscountInput(d: StoredManualDiscount): { manualDiscountBp: number; approvedDiscountBp: number; belowFloorApproved: boolean } {
	return { manualDiscountBp: d.discountBp, approvedDiscountBp: Math.max(d.approvedBp, d.limitBp), belowFloorApproved: d.belowFloorApproved && d.discountBp <= d.approvedBp };
}

/** Pending while the engine gives a reason; "approved" when a manager's approval is what lets the discount through. */
export function lineApprovalStatus(d: StoredManualDiscount, reasons: readonly ApprovalReason[]): ApprovalStatus {
	if (reasons.length > 0) return 'pending';
	return d.discountBp > 0 && Boolean(d.approvedAt) && d.discountBp <= d.approvedBp ? 'approved' : 'not_needed';
}

/** A document waits while any line does; it shows "approved" once a manager cleared at least one line. */
export function documentApprovalStatus(lineStatuses: Iterable<unknown>): ApprovalStatus {
	const statuses = new Set(lineStatuses);
	if (statuses.has('pending')) return 'pending';
	return statuses.has('approved') ? 'approved' : 'not_needed';
}

/**
 * A line that keeps an accepted proposal's discount is not priced again: it stays pending until a
 * manager's approval covers its discount and lets it below the floor; then it is approved.
 */
export function frozenLineApproval(d: StoredManualDiscount, status: unknown): 'approved' | null {
	return status === 'pending' && d.approvedBp >= d.discountBp && d.belowFloorApproved ? 'approved' : null;
}
