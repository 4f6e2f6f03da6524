import { basketOutcome } from './basket-outcome.ts';
import type { CompiledRule } from './compiled-rule.ts';
import type { LineView } from './line-view.ts';
import type { PricingContext } from './pricing-context.ts';
import type { ProductFacts } from './pricing-request.ts';
import { OUTCOME } from './trace-table.ts';

function anyOf(list: readonly string[], values: readonly string[]): boolean {
	for (const value of values) if (list.includes(value)) return true;
	return false;
}

/** productConditionsHold for a rule the index found for this product: only what the index did not check. */
function productConditionsLeftHold(rule: CompiledRule, product: ProductFacts): boolean {
	return (rule.lineGroupIds === null || anyOf(rule.lineGroupIds, product.groupIds)) && (rule.lineSegmentIds === null || anyOf(rule.lineSegmentIds, product.segmentIds));
}

/**
 * Whether a line-effect rule may discount a line, in the trace's order of reasons: the basket-wide ones
 * (basketOutcome) → condition_failed (product, quantity, tiers, line and order amounts, free-unit sets)
 * → exhausted (offer uses, then offer quantity for this line). Sets the row's outcome when it may not,
 * its effect value when it may. `rule` must be one of the index's candidates for the line's product. No text: describeLineRejection writes the same reason when it is read,
 * except an offer's quantity left, which changes as lines claim it, and is written now.
 */
export function judgeLineRule(row: number, rule: CompiledRule, view: LineView, ctx: PricingContext): boolean {
	const { table } = ctx;
	const basket = basketOutcome(rule, ctx);
	if (basket >= 0) {
		table.outcome[row] = basket;
		return false;
	}
	const quantity = view.line.quantityMilli;
	const value = rule.valueFor(quantity);
	const fails =
		!productConditionsLeftHold(rule, view.line.product) ||
		quantity < rule.minQuantityMilli ||
		quantity > rule.maxQuantityMilli ||
		Number.isNaN(value) ||
		view.listAmount < rule.minLineAmount ||
		ctx.listTotal < rule.minOrderAmount ||
		quantity < rule.setMilli;
	if (fails) {
		table.outcome[row] = OUTCOME.condition_failed;
		return false;
	}
	if (rule.offerId !== null) {
		if (ctx.offers.uses(rule.offerId)) {
			table.outcome[row] = OUTCOME.exhausted;
			return false;
		}
		const quantityLeft = ctx.offers.quantity(rule.offerId, [{ index: view.index, quantityMilli: quantity }]);
		if (quantityLeft) {
			table.outcome[row] = OUTCOME.exhausted;
			table.texts.set(row, quantityLeft.detail);
			return false;
		}
	}
	table.value[row] = value;
	return true;
}
