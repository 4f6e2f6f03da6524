/**
 * Discount rules (M3.2): when a rule applies (conditions), what it gives (effect) and how it
 * combines with the other rules that apply to the same line or order.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One step of a quantity-tiered rule: from `minQuantityMilli` on, the effect's value is `value`. */
export interface QuantityTier {
	minQuantityMilli: number;
	/** Replaces the effect's value: basis points for percent effects, minor units for amount / fixed-price effects. */
	value: number;
}

/**
 * Every list is "any of these"; an empty or absent list means "no condition on this". All present
 * conditions must hold (AND).
 */
export interface DiscountConditions {
	customerIds?: readonly string[];
	customerGroupIds?: readonly string[];
	/** Customer category / class codes, e.g. 'A'. */
	customerCategories?: readonly string[];
	customerSegmentIds?: readonly string[];
	regionIds?: readonly string[];
	/** Customer statuses, e.g. 'key', 'active'. */
	customerStatuses?: readonly string[];
	channelIds?: readonly string[];
	productIds?: readonly string[];
	/** A group matches its products and the products of all its sub-groups. */
	productGroupIds?: readonly string[];
	productSegmentIds?: readonly string[];
	/** Line quantity bounds (inclusive), thousandths of a unit. */
	minQuantityMilli?: number | null;
	maxQuantityMilli?: number | null;
	/** The line's amount before any discount (list price × quantity), minor units of the rule's currency. */
	minLineAmount?: number | null;
	/** The basket's amount before any discount, minor units of the rule's currency. */
	minOrderAmount?: number | null;
	/** Inclusive window, 'YYYY-MM-DD'; null = open. */
	validFrom?: string | null;
	validTo?: string | null;
	/** Days of the week the rule applies on; empty/absent = every day. */
	weekdays?: readonly IsoWeekday[];
	/** Only for a customer's first order (no earlier order that was not cancelled). */
	firstOrderOnly?: boolean;
	/** Only for documents attributed to this marketing campaign. */
	campaignId?: string | null;
	/** Only when the basket carries a valid promo code of the rule's offer. */
	requiresCode?: boolean;
}

export type DiscountEffect =
	/** Percent off the line's current amount, basis points (10 % = 1000). */
	| { kind: 'percent'; bp: number; tiers?: readonly QuantityTier[] }
	/** Amount off each unit, minor units of the rule's currency. */
	| { kind: 'amount_per_unit'; amount: number; tiers?: readonly QuantityTier[] }
	/** The unit price becomes `unitPrice` (applies only if that is lower than the current price). */
	| { kind: 'fixed_price'; unitPrice: number; tiers?: readonly QuantityTier[] }
	/** Buy X get Y: in every complete set of buy + free units on the line, `freeMilli` units cost nothing. */
	| { kind: 'free_units'; buyMilli: number; freeMilli: number }
	/** Percent off the order: off the sum of the matching lines' nets after line discounts. */
	| { kind: 'order_percent'; bp: number }
	/** Amount off the order, minor units of the rule's currency, spread over the matching lines. */
	| { kind: 'order_amount'; amount: number };

export type DiscountEffectKind = DiscountEffect['kind'];
export const LINE_EFFECT_KINDS: readonly DiscountEffectKind[] = ['percent', 'amount_per_unit', 'fixed_price', 'free_units'];
export const ORDER_EFFECT_KINDS: readonly DiscountEffectKind[] = ['order_percent', 'order_amount'];

/**
 * How a rule combines with the others that apply at the same level (line or order):
 * - exclusive: if any exclusive rule applies, the best-priority one is the only rule applied at that level;
 * - best_of: of the applicable rules of the same `combinationGroup`, only the one giving the largest discount is kept;
 * - cumulative: stacks with the others, in priority order, within the caps.
 */
export type CombinationPolicy = 'exclusive' | 'best_of' | 'cumulative';

export interface DiscountRule {
	id: string;
	code: string;
	name: string;
	active: boolean;
	/** Lower numbers are applied first. Ties are broken by `code`. */
	priority: number;
	combination: CombinationPolicy;
	/** Required for best_of; ignored otherwise. */
	combinationGroup: string | null;
	/** Currency of the rule's amounts (amount effects, fixed prices, minimum amounts); null for rules without amounts. */
	currency: string | null;
	/** The special offer this rule belongs to, whose window and usage limits also apply. */
	offerId: string | null;
	conditions: DiscountConditions;
	effect: DiscountEffect;
}
