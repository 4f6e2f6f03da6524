import type { DiscountRule } from './discount-rule.ts';
import type { DiscountRuleIndex } from './index-discount-rules.ts';
import type { PromoCode } from './promo-code.ts';
import type { SpecialOffer } from './special-offer.ts';

/** What the rules may ask about the customer. */
export interface CustomerFacts {
	id: string;
	groupIds: readonly string[];
	category: string | null;
	segmentIds: readonly string[];
	regionId: string | null;
	status: string | null;
	/** True when the customer has no earlier order that was not cancelled. */
	isFirstOrder: boolean;
}

export interface ProductFacts {
	id: string;
	/** The product's group and all its ancestors, nearest first. */
	groupIds: readonly string[];
	segmentIds: readonly string[];
	/** Cost of one unit in the basket's currency (minor units); null when unknown (no margin floor then). */
	unitCost: number | null;
}

export interface BasketLine {
	product: ProductFacts;
	quantityMilli: number;
	/** Unit price from the price lists, minor units of the basket's currency. */
	listUnitPrice: number;
	/** A rep's manual discount, basis points, applied after the automatic line rules. */
	manualDiscountBp: number;
	/** Manual discount already approved up to this many basis points (by the rep's own limit or a manager). */
	approvedDiscountBp: number;
	/** A manager allowed this line's manual discount to go below the margin floor. */
	belowFloorApproved: boolean;
}

/** Caps and floors that apply to every basket. */
export interface PricingPolicy {
	/** Total discount on a line may not exceed this share of its list amount, basis points (10000 = no cap). */
	maxLineDiscountBp: number;
	/** Total discount on the basket (lines + order-level) may not exceed this share of its list amount. */
	maxOrderDiscountBp: number;
	/** Automatic discounts never take a line below cost × (1 + minMarginBp / 10000). */
	minMarginBp: number;
}

export interface PricingRequest {
	/** Basket currency (ISO 4217); every amount in the request and result is in its minor units. */
	currency: string;
	/** Pricing day, 'YYYY-MM-DD'. */
	date: string;
	customer: CustomerFacts;
	channelId: string | null;
	campaignId: string | null;
	/** Promo codes entered for the basket (any case; compared upper-case). */
	codes: readonly string[];
	lines: readonly BasketLine[];
	/** All rules, or an index built once with `indexDiscountRules` (what the server does). */
	rules: readonly DiscountRule[] | DiscountRuleIndex;
	/** The offers referenced by the rules, with their usage so far. */
	offers: readonly SpecialOffer[];
	/** The promo codes found for `codes` (unknown codes are simply absent). */
	promoCodes: readonly PromoCode[];
	policy: PricingPolicy;
}
