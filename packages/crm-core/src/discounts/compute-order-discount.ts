import type { DiscountEffect } from './discount-rule.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';
import { roundedProduct } from './rounded-product.ts';

/**
 * What an order effect gives on `base`, the sum of its matching lines' current nets:
 * order_percent: base × bp / 10 000, rounded half-up; order_amount: the amount, at most `base`.
 * Line effects give nothing here. Kept apart from the text, which is only written when someone reads it.
 */
export function computeOrderDiscount(effect: DiscountEffect, base: number): number {
	if (effect.kind === 'order_percent') return roundedProduct(base, effect.bp, 10_000);
	if (effect.kind === 'order_amount') return Math.min(effect.amount, base);
	return 0;
}

/** The sentence for `amount` = computeOrderDiscount(effect, base): "5 % off the matching lines' 108.00 EUR = 5.40 EUR". */
export function describeOrderDiscount(effect: DiscountEffect, base: number, amount: number, currency: string): string {
	const money = (minor: number) => formatMoney(minor, currency);
	if (effect.kind === 'order_percent') return `${formatPercent(effect.bp)} off the matching lines' ${money(base)} = ${money(amount)}`;
	if (effect.kind === 'order_amount') {
		const limit = amount < effect.amount ? `, limited to the matching lines' ${money(base)}` : ` off the matching lines' ${money(base)}`;
		return `${money(effect.amount)}${limit}`;
	}
	return 'a line discount, applied to lines';
}
