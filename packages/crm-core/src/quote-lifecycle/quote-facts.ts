import type { QuoteStatus } from '../orders/quote-status.ts';

/** A proposal as its lifecycle steps read it. */
export interface QuoteFacts {
	id: string;
	status: QuoteStatus;
	customerId: string;
	contactId: string | null;
	ownerId: string | null;
	currency: string;
	campaignId: string | null;
	/** The opportunity the proposal was made for; its order carries it and wins it when confirmed. */
	opportunityId: string | null;
	promoCodes: string | null;
	issueDate: string | null;
	validUntil: string | null;
}

/** A proposal line with everything its price and discount approval rest on (JSON columns parsed). */
export interface QuoteLineFacts {
	productId: string | null;
	description: string | null;
	quantityMilli: number;
	discountBp: number;
	unitPrice: number;
	vatRateBp: number;
	listAmount: number | null;
	discountAmount: number | null;
	appliedRules: unknown;
	approvalStatus: string;
	discountApprovedBp: number;
	discountLimitBp: number;
	belowFloorApproved: boolean;
	discountApprovedBy: string | null;
	discountApprovedAt: string | null;
	priceExplanation: unknown;
}

/** What a step writes to the proposal, and the order it creates (accept only). */
export interface QuoteStepPlan {
	status: QuoteStatus;
	issueDate?: string;
	validUntil?: string;
	order?: OrderFromQuote;
}

/** The order an accepted proposal becomes: its lines keep the accepted prices and discounts, approvals included. */
export interface OrderFromQuote {
	customerId: string;
	contactId: string | null;
	ownerId: string | null;
	quoteId: string;
	currency: string;
	orderDate: string;
	campaignId: string | null;
	/** The opportunity the proposal was made for; its order carries it and wins it when confirmed. */
	opportunityId: string | null;
	promoCodes: string | null;
	lines: (QuoteLineFacts & { sort: number })[];
}
