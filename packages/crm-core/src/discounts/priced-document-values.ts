import type { DocumentTotals } from '../orders/document-totals.ts';
import type { LinePricingRecord } from './line-pricing-record.ts';
import { type ApprovalStatus, documentApprovalStatus, lineApprovalStatus, type StoredManualDiscount } from './manual-discount-approval.ts';
import type { PricedLines } from './price-loaded-document.ts';
import type { AppliedDiscount } from './pricing-result.ts';

/** What a draft quote or order line stores once priced. */
export interface PricedLineValues {
	unitPrice: number;
	listAmount: number;
	discountAmount: number;
	appliedRules: AppliedDiscount[];
	priceExplanation: LinePricingRecord;
	/** Whether the line's manual discount still waits for a manager, given what was approved before. */
	approvalStatus: ApprovalStatus;
}

/** M3.1 — line `index` of a priced document as it is stored: its list price, discounts, the record of why, its approval status. */
export function pricedLineValues(priced: PricedLines, index: number, stored: StoredManualDiscount): PricedLineValues {
	const p = priced.result.lines[index]!;
	return { unitPrice: p.listUnitPrice, listAmount: p.listAmount, discountAmount: p.discountAmount, appliedRules: p.discounts, priceExplanation: priced.records[index]!, approvalStatus: lineApprovalStatus(stored, p.approvalReasons) };
}

/** A quote's or order's totals as its header stores them. */
export interface DocumentHeaderTotals {
	netTotal: number;
	vatTotal: number;
	grossTotal: number;
	/** What the lines came to at list prices (gross, before any discount). */
	listTotal: number;
	discountTotal: number;
	approvalStatus: ApprovalStatus;
}

/** The header of a document from its lines' totals and approval statuses: a document waits for approval while any line does. */
export function documentHeaderTotals(totals: DocumentTotals, lineApprovalStatuses: Iterable<unknown>): DocumentHeaderTotals {
	return {
		netTotal: totals.netTotal,
		vatTotal: totals.vatTotal,
		grossTotal: totals.grossTotal,
		listTotal: totals.lines.reduce((a, l) => a + l.grossBeforeDiscount, 0),
		discountTotal: totals.lines.reduce((a, l) => a + l.discountAmount, 0),
		approvalStatus: documentApprovalStatus(lineApprovalStatuses),
	};
}
