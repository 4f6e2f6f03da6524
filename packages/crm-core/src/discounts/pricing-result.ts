import type { DiscountEffectKind } from './discount-rule.ts';
import type { TraceEntry } from './pricing-trace.ts';

/** One discount that reduced a line, in minor units of the basket's currency. */
export interface AppliedDiscount {
	/** The rule's id; null for the rep's manual discount. */
	ruleId: string | null;
	/** Rule code, or 'MANUAL'. */
	code: string;
	kind: DiscountEffectKind | 'manual';
	/** 'order' for this line's share of an order-level discount. */
	level: 'line' | 'order';
	offerId: string | null;
	amount: number;
}

export type ApprovalReason = 'over_limit' | 'below_margin_floor';

export interface PricedLine {
	index: number;
	productId: string;
	quantityMilli: number;
	listUnitPrice: number;
	/** listUnitPrice × quantity, rounded half-up once. */
	listAmount: number;
	/** In the order they were applied: line rules, manual, then order-level shares. */
	discounts: AppliedDiscount[];
	discountAmount: number;
	/** listAmount − discountAmount: what the line contributes to the VAT base. */
	netAmount: number;
	/** Cost × quantity × (1 + min margin); null when the cost is unknown. */
	floorAmount: number | null;
	approvalReasons: ApprovalReason[];
	/**
	 * Every rule that was a candidate for this line, applied or not, and why. An ordinary property to
	 * read, copy or serialise, but its entries and their details are only written on first read.
	 */
	trace: TraceEntry[];
}

export interface CodeOutcome {
	code: string;
	/** The code's id when it exists. */
	promoCodeId: string | null;
	offerId: string | null;
	outcome: 'accepted' | 'unknown' | 'inactive' | 'expired' | 'not_started' | 'exhausted' | 'other_customer' | 'unused';
	detail: string;
}

/** What the basket consumes of an offer's limits (claimed when an order is saved). */
export interface OfferConsumption {
	offerId: string;
	/** Sum of the quantities of the lines the offer's rules discounted. */
	quantityMilli: number;
	/** The promo codes through which the offer was unlocked. */
	promoCodeIds: string[];
}

export interface PricingResult {
	currency: string;
	date: string;
	lines: PricedLine[];
	listTotal: number;
	discountTotal: number;
	netTotal: number;
	/** Order-level candidates (order_percent / order_amount rules) and basket-wide decisions. Written on first read, as `trace`. */
	orderTrace: TraceEntry[];
	codes: CodeOutcome[];
	offers: OfferConsumption[];
	/** True when any line needs a manager's approval before the order can be confirmed. */
	approvalRequired: boolean;
}
