import { applyBasisPoints } from '../money/apply-rate.ts';
import type { DiscountEffect } from './discount-rule.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';

/**
 * What an order effect gives on `base`, the sum of its matching lines' current nets:
 * order_percent: base × bp / 10 000, rounded half-up; order_amount: the amount, at most `base`.
 * Line effects give nothing here.
 */
export function computeOrderDiscount(effect: DiscountEffect, base: number, currency: string): { amount: number; detail: string } {
	const money = (amount: number) => formatMoney(amount, currency);
	if (effect.kind === 'order_percent') {
		const amount = applyBasisPoints(base, effect.bp);
		return { amount, detail: `${formatPercent(effect.bp)} off the matching lines' ${money(base)} = ${money(amount)}` };
	}
	if (effect.kind === 'order_amount') {
		const amount = Math.min(effect.amount, base);
		const limit = amount < effect.amount ? `, limited to the matching lines' ${money(base)}` : ` off the matching lines' ${money(base)}`;
		return { amount, detail: `${money(effect.amount)}${limit}` };
	}
	return { amount: 0, detail: 'a line discount, applied to lines' };
}
