import { QUANTITY_SCALE } from '../money/apply-rate.ts';
import { describeQuantity, formatQuantity } from '../pricing/format-quantity.ts';
import type { CompiledRule } from './compiled-rule.ts';
import type { DiscountEffect } from './discount-rule.ts';
import type { EffectValue } from './effect-value.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';
import { roundedProduct } from './rounded-product.ts';

function freeQuantity(effect: Extract<DiscountEffect, { kind: 'free_units' }>, quantityMilli: number): number {
	return Math.floor(quantityMilli / (effect.buyMilli + effect.freeMilli)) * effect.freeMilli;
}

/**
 * The discount a line effect gives on `current` (the line's amount after the rules applied before it):
 * - percent: current × bp / 10 000, rounded half-up;
 * - amount_per_unit: amount × quantity (rounded half-up), at most `current`;
 * - fixed_price: current − unit price × quantity, when positive (else 0: no effect);
 * - free_units: in every complete set of buy + free units, `free` units cost nothing: the discount is
 *   current × free quantity / quantity, rounded half-up, so it follows the discounts applied before.
 * Order effects give nothing here (they are applied to the basket). `value` is the effect's value for the
 * quantity (CompiledRule.valueFor). Kept apart from the text, which is only written when someone reads it.
 */
export function computeLineDiscount(rule: CompiledRule, value: number, current: number, quantityMilli: number): number {
	switch (rule.kind) {
		case 'percent':
			return roundedProduct(current, value, 10_000);
		case 'amount_per_unit':
			return Math.min(current, roundedProduct(value, quantityMilli, QUANTITY_SCALE));
		case 'fixed_price':
			return Math.max(0, current - roundedProduct(value, quantityMilli, QUANTITY_SCALE));
		case 'free_units':
			return roundedProduct(current, Math.floor(quantityMilli / rule.setMilli) * rule.freeMilli, quantityMilli);
		case 'order_percent':
		case 'order_amount':
			return 0;
	}
}

function tierNote(value: EffectValue): string {
	return value.tier === null ? '' : ` (tier from ${describeQuantity(value.tier.minQuantityMilli)})`;
}

/** The sentence for `amount` = computeLineDiscount(…): "10 % off 120.00 EUR = 12.00 EUR". */
export function describeLineDiscount(effect: DiscountEffect, value: EffectValue, current: number, quantityMilli: number, amount: number, currency: string): string {
	const money = (minor: number) => formatMoney(minor, currency);
	switch (effect.kind) {
		case 'percent':
			return `${formatPercent(value.value)} off ${money(current)} = ${money(amount)}${tierNote(value)}`;
		case 'amount_per_unit': {
			const full = roundedProduct(value.value, quantityMilli, QUANTITY_SCALE);
			const limit = amount < full ? `, limited to the line's ${money(current)}` : '';
			return `${money(value.value)} off each of ${describeQuantity(quantityMilli)} = ${money(full)}${limit}${tierNote(value)}`;
		}
		case 'fixed_price': {
			const fixed = roundedProduct(value.value, quantityMilli, QUANTITY_SCALE);
			const price = `fixed price ${money(value.value)} per unit × ${formatQuantity(quantityMilli)} = ${money(fixed)}`;
			if (amount === 0) return `${price}, not below the current ${money(current)}${tierNote(value)}`;
			return `${price} instead of ${money(current)} = ${money(amount)} off${tierNote(value)}`;
		}
		case 'free_units': {
			const free = freeQuantity(effect, quantityMilli);
			return `buy ${formatQuantity(effect.buyMilli)} get ${formatQuantity(effect.freeMilli)} free: ${formatQuantity(free)} of ${describeQuantity(quantityMilli)} free = ${money(amount)} off ${money(current)}`;
		}
		case 'order_percent':
		case 'order_amount':
			return 'an order discount, applied to the basket';
	}
}
