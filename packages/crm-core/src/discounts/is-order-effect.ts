import type { DiscountEffect } from './discount-rule.ts';

/** Order effects (order_percent / order_amount) discount the basket and are spread over its matching lines. */
export function isOrderEffect(effect: DiscountEffect): effect is Extract<DiscountEffect, { kind: 'order_percent' | 'order_amount' }> {
	return effect.kind === 'order_percent' || effect.kind === 'order_amount';
}
