import { describeQuantity } from '../pricing/format-quantity.ts';
import { basketRejection } from './basket-rejection.ts';
import type { DiscountRule } from './discount-rule.ts';
import { effectTiers, effectValue } from './effect-value.ts';
import { formatMoney } from './format-money.ts';
import type { LineView } from './line-view.ts';
import type { PricingContext } from './pricing-context.ts';
import { productConditionFailure } from './product-condition-failure.ts';

function formatCount(quantityMilli: number): string {
	return describeQuantity(quantityMilli).replace(/ units?$/, '');
}

/** Line-level conditions after the product ones: quantity bounds, tiers, amounts and free-unit sets. */
function quantityAndAmounts(rule: DiscountRule, view: LineView, ctx: PricingContext): string | null {
	const c = rule.conditions;
	const quantity = view.line.quantityMilli;
	if (c.minQuantityMilli != null && quantity < c.minQuantityMilli) return `needs at least ${describeQuantity(c.minQuantityMilli)}, the line has ${formatCount(quantity)}`;
	if (c.maxQuantityMilli != null && quantity > c.maxQuantityMilli) return `at most ${describeQuantity(c.maxQuantityMilli)}, the line has ${formatCount(quantity)}`;
	if (effectValue(rule.effect, quantity) === null) {
		const first = Math.min(...effectTiers(rule.effect).map((tier) => tier.minQuantityMilli));
		return `below the first tier (${describeQuantity(first)}), the line has ${formatCount(quantity)}`;
	}
	if (c.minLineAmount != null && view.listAmount < c.minLineAmount) {
		return `needs a line amount of at least ${formatMoney(c.minLineAmount, ctx.currency)}, the line has ${formatMoney(view.listAmount, ctx.currency)}`;
	}
	if (c.minOrderAmount != null && ctx.listTotal < c.minOrderAmount) {
		return `needs an order of at least ${formatMoney(c.minOrderAmount, ctx.currency)} before discounts, the basket has ${formatMoney(ctx.listTotal, ctx.currency)}`;
	}
	if (rule.effect.kind === 'free_units') {
		const { buyMilli, freeMilli } = rule.effect;
		if (quantity < buyMilli + freeMilli) {
			return `needs at least ${describeQuantity(buyMilli + freeMilli)} (buy ${formatCount(buyMilli)}, get ${formatCount(freeMilli)} free), the line has ${formatCount(quantity)}`;
		}
	}
	return null;
}

/**
 * Why a line-effect rule does not apply to a line, in words, for a rule judgeLineRule turned down: the
 * same reasons in the same order (basket-wide, product, quantity and amounts, offer uses). Only what
 * does not change while the basket is priced is rebuilt here; an offer's remaining quantity is written
 * when it is judged.
 */
export function describeLineRejection(rule: DiscountRule, view: LineView, ctx: PricingContext): string {
	const basket = basketRejection(rule, ctx);
	if (basket) return basket.detail;
	const failure = productConditionFailure(rule.conditions, view.line.product) ?? quantityAndAmounts(rule, view, ctx);
	if (failure !== null) return failure;
	const exhausted = rule.offerId === null ? null : ctx.offers.uses(rule.offerId);
	return exhausted ? exhausted.detail : 'the rule does not apply';
}
