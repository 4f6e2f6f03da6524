import type { DiscountEffect, QuantityTier } from './discount-rule.ts';

/** The effect's value for a quantity: basis points for percent effects, minor units otherwise (0 for free units). */
export interface EffectValue {
	value: number;
	/** The tier the value comes from; null for an untiered rule. */
	tier: QuantityTier | null;
}

/** The effect's single value: basis points, an amount or a unit price (0 for free units). */
export function baseValue(effect: DiscountEffect): number {
	switch (effect.kind) {
		case 'percent':
		case 'order_percent':
			return effect.bp;
		case 'amount_per_unit':
		case 'order_amount':
			return effect.amount;
		case 'fixed_price':
			return effect.unitPrice;
		case 'free_units':
			return 0;
	}
}

/** The tiers of an effect that has them (percent, amount per unit, fixed price); empty otherwise. */
export function effectTiers(effect: DiscountEffect): readonly QuantityTier[] {
	return 'tiers' in effect && effect.tiers ? effect.tiers : [];
}

/**
 * A tiered rule takes the value of the tier with the largest minimum at or below the quantity (tiers are
 * validated strictly ascending, but the search does not rely on their order); null when the quantity
 * is below the first tier. An untiered rule always has its own value.
 */
export function effectValue(effect: DiscountEffect, quantityMilli: number): EffectValue | null {
	const tiers = effectTiers(effect);
	if (tiers.length === 0) return { value: baseValue(effect), tier: null };
	let best: QuantityTier | null = null;
	for (const tier of tiers) if (tier.minQuantityMilli <= quantityMilli && (best === null || tier.minQuantityMilli > best.minQuantityMilli)) best = tier;
	return best === null ? null : { value: best.value, tier: best };
}
