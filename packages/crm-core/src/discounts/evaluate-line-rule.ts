import { describeQuantity } from '../pricing/format-quantity.ts';
import { basketRejection } from './basket-rejection.ts';
import type { DiscountRule } from './discount-rule.ts';
import { effectTiers, effectValue, type EffectValue } from './effect-value.ts';
import { formatMoney } from './format-money.ts';
import type { PricingContext } from './pricing-context.ts';
import type { BasketLine } from './pricing-request.ts';
import { productConditionFailure } from './product-condition-failure.ts';
import type { Rejection } from './rejection.ts';

/** A line as the rules see it: its place in the basket, its facts and its amount before discounts. */
export interface LineView {
	index: number;
	line: BasketLine;
	listAmount: number;
}

export type LineVerdict = { eligible: true; value: EffectValue } | { eligible: false; rejection: Rejection };

function condition(detail: string): LineVerdict {
	return { eligible: false, rejection: { outcome: 'condition_failed', detail } };
}

/** Line-level conditions after the product ones: quantity bounds, tiers, amounts and free-unit sets. */
function quantityAndAmounts(rule: DiscountRule, view: LineView, ctx: PricingContext): LineVerdict {
	const c = rule.conditions;
	const quantity = view.line.quantityMilli;
	if (c.minQuantityMilli != null && quantity < c.minQuantityMilli) return condition(`needs at least ${describeQuantity(c.minQuantityMilli)}, the line has ${formatCount(quantity)}`);
	if (c.maxQuantityMilli != null && quantity > c.maxQuantityMilli) return condition(`at most ${describeQuantity(c.maxQuantityMilli)}, the line has ${formatCount(quantity)}`);
	const value = effectValue(rule.effect, quantity);
	if (value === null) {
		const first = Math.min(...effectTiers(rule.effect).map((tier) => tier.minQuantityMilli));
		return condition(`below the first tier (${describeQuantity(first)}), the line has ${formatCount(quantity)}`);
	}
	if (c.minLineAmount != null && view.listAmount < c.minLineAmount) {
		return condition(`needs a line amount of at least ${formatMoney(c.minLineAmount, ctx.currency)}, the line has ${formatMoney(view.listAmount, ctx.currency)}`);
	}
	if (c.minOrderAmount != null && ctx.listTotal < c.minOrderAmount) {
		return condition(`needs an order of at least ${formatMoney(c.minOrderAmount, ctx.currency)} before discounts, the basket has ${formatMoney(ctx.listTotal, ctx.currency)}`);
	}
	if (rule.effect.kind === 'free_units') {
		const { buyMilli, freeMilli } = rule.effect;
		if (quantity < buyMilli + freeMilli) {
			return condition(`needs at least ${describeQuantity(buyMilli + freeMilli)} (buy ${formatCount(buyMilli)}, get ${formatCount(freeMilli)} free), the line has ${formatCount(quantity)}`);
		}
	}
	return { eligible: true, value };
}

function formatCount(quantityMilli: number): string {
	return describeQuantity(quantityMilli).replace(/ units?$/, '');
}

/**
 * Whether a line-effect rule may discount a line, with the first reason it may not, in the trace's
 * order: the basket-wide reasons (see basketRejection) → condition_failed (product, quantity, tiers,
 * line and order amounts, free-unit sets) → exhausted (offer uses, then offer quantity for this line).
 */
export function evaluateLineRule(rule: DiscountRule, view: LineView, ctx: PricingContext): LineVerdict {
	const basket = basketRejection(rule, ctx);
	if (basket) return { eligible: false, rejection: basket };
	const product = productConditionFailure(rule.conditions, view.line.product);
	if (product) return condition(product);
	const verdict = quantityAndAmounts(rule, view, ctx);
	if (!verdict.eligible || rule.offerId === null) return verdict;
	const exhausted = ctx.offers.uses(rule.offerId) ?? ctx.offers.quantity(rule.offerId, [{ index: view.index, quantityMilli: view.line.quantityMilli }]);
	return exhausted ? { eligible: false, rejection: exhausted } : verdict;
}
