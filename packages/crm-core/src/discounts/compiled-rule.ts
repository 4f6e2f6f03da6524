import type { CombinationPolicy, DiscountEffectKind, DiscountRule, IsoWeekday, QuantityTier } from './discount-rule.ts';
import { baseValue, effectTiers } from './effect-value.ts';

function listOrNull<T>(list: readonly T[] | undefined): readonly T[] | null {
	return list !== undefined && list.length > 0 ? list : null;
}

/**
 * A rule as the engine reads it thousands of times per basket, built once with the index: every
 * condition present with one shape (absent lists as null, absent bounds as ±Infinity), so that reading
 * it stays fast. Rules come with condition objects of many shapes, and reading those per candidate was
 * a good part of pricing a line. Texts are still written from `rule`.
 */
export class CompiledRule {
	rule: DiscountRule;
	/** Place in priority order (then code, then id) among the indexed rules. */
	rank: number;
	active: boolean;
	offerId: string | null;
	currency: string | null;
	validFrom: string | null;
	validTo: string | null;
	weekdays: readonly IsoWeekday[] | null;
	requiresCode: boolean;
	/** False when the rule has no condition on the customer, channel, first order or campaign. */
	aboutCustomer: boolean;
	productIds: readonly string[] | null;
	productGroupIds: readonly string[] | null;
	productSegmentIds: readonly string[] | null;
	/**
	 * The product conditions a line candidate still has to meet. indexDiscountRules finds a line rule
	 * through its product ids, else its groups, else its segments, so the condition it was found through
	 * holds: only the groups of a rule with product ids, and the segments of a rule with either, are left.
	 */
	lineGroupIds: readonly string[] | null;
	lineSegmentIds: readonly string[] | null;
	minQuantityMilli: number;
	maxQuantityMilli: number;
	minLineAmount: number;
	minOrderAmount: number;
	kind: DiscountEffectKind;
	/** The effect's value without tiers (basis points or minor units; 0 for free units). */
	value: number;
	tiers: readonly QuantityTier[] | null;
	/** Free units: units given free in every set of buy + free units, and the size of a set. */
	freeMilli: number;
	setMilli: number;
	combination: CombinationPolicy;
	/** Number of the rule's best-of group, or -1 (not best_of, or no group). */
	bestOfGroup: number;

	constructor(rule: DiscountRule, rank: number, bestOfGroup: number) {
		const c = rule.conditions;
		const effect = rule.effect;
		this.rule = rule;
		this.rank = rank;
		this.active = rule.active;
		this.offerId = rule.offerId;
		this.currency = rule.currency;
		this.validFrom = c.validFrom ?? null;
		this.validTo = c.validTo ?? null;
		this.weekdays = listOrNull(c.weekdays);
		this.requiresCode = c.requiresCode === true;
		this.aboutCustomer =
			listOrNull(c.customerIds) !== null ||
			listOrNull(c.customerGroupIds) !== null ||
			listOrNull(c.customerCategories) !== null ||
			listOrNull(c.customerSegmentIds) !== null ||
			listOrNull(c.regionIds) !== null ||
			listOrNull(c.customerStatuses) !== null ||
			listOrNull(c.channelIds) !== null ||
			c.firstOrderOnly === true ||
			Boolean(c.campaignId);
		this.productIds = listOrNull(c.productIds);
		this.productGroupIds = listOrNull(c.productGroupIds);
		this.productSegmentIds = listOrNull(c.productSegmentIds);
		this.lineGroupIds = this.productIds === null ? null : this.productGroupIds;
		this.lineSegmentIds = this.productIds === null && this.productGroupIds === null ? null : this.productSegmentIds;
		this.minQuantityMilli = c.minQuantityMilli ?? Number.NEGATIVE_INFINITY;
		this.maxQuantityMilli = c.maxQuantityMilli ?? Number.POSITIVE_INFINITY;
		this.minLineAmount = c.minLineAmount ?? Number.NEGATIVE_INFINITY;
		this.minOrderAmount = c.minOrderAmount ?? Number.NEGATIVE_INFINITY;
		this.kind = effect.kind;
		this.value = baseValue(rule.effect);
		this.tiers = listOrNull(effectTiers(effect));
		this.freeMilli = effect.kind === 'free_units' ? effect.freeMilli : 0;
		this.setMilli = effect.kind === 'free_units' ? effect.buyMilli + effect.freeMilli : 0;
		this.combination = rule.combination;
		this.bestOfGroup = bestOfGroup;
	}

	/** The effect's value for a quantity (valueForQuantity): NaN when it is below the first tier. */
	valueFor(quantityMilli: number): number {
		const tiers = this.tiers;
		if (tiers === null) return this.value;
		let best = Number.NEGATIVE_INFINITY;
		let value = Number.NaN;
		for (const tier of tiers) {
			if (tier.minQuantityMilli <= quantityMilli && tier.minQuantityMilli > best) {
				best = tier.minQuantityMilli;
				value = tier.value;
			}
		}
		return value;
	}
}
