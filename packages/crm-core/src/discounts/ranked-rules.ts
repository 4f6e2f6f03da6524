import type { CustomerFacts, ProductFacts } from './pricing-request.ts';
import type { CompiledRule } from './compiled-rule.ts';
import type { DiscountRule } from './discount-rule.ts';
import type { DiscountRuleIndex } from './index-discount-rules.ts';

/**
 * What the engine reads of a rule index: rules by rank (their position in priority order, then code,
 * then id) and candidates as ranks, so that a basket keeps per-rule state in plain arrays and merges
 * pre-sorted buckets instead of sorting rules per line.
 */
export interface RankedRules {
	/** Every indexed rule, by rank. */
	readonly rules: readonly DiscountRule[];
	/** Every indexed rule compiled for the engine, by rank. */
	readonly compiled: readonly CompiledRule[];
	/** How many best-of groups there are (the numbers in bestOfGroup are below it). */
	readonly bestOfGroups: number;
	/** Ranks of the line-effect rules that may apply to a line of this product, ascending. A fresh array. */
	lineRanks(product: ProductFacts, customer: CustomerFacts): number[];
	/** Ranks of the order-effect rules that may apply to this customer's basket, ascending. Not to be changed. */
	orderRanks(customer: CustomerFacts): readonly number[];
}

const registry = new WeakMap<DiscountRuleIndex, RankedRules>();

/** Called by indexDiscountRules for the index it returns. */
export function registerRankedRules(index: DiscountRuleIndex, ranked: RankedRules): void {
	registry.set(index, ranked);
}

/** The ranked view of an index built by indexDiscountRules; undefined for any other object. */
export function rankedRulesOf(index: DiscountRuleIndex): RankedRules | undefined {
	return registry.get(index);
}
