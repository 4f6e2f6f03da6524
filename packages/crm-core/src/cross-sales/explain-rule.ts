import type { AssociationRule } from './association-rule.ts';
import { formatPercentBp, formatTimesBp } from './format-ratio.ts';
import { type ProductNames, productName } from './product-names.ts';

/**
 * S6.10 — a rule as the rep reads it next to the suggested product (the consequent): "Bought together in 34 %
 * of orders with Espresso beans (lift 2.1×)". The percentage is the confidence (of the orders holding the
 * antecedent, how many also held the suggestion), with at most one decimal; the lift with at most two, so that
 * a lift of 1.05 does not read as 1.
 */
export function explainRule(rule: AssociationRule, names: ProductNames): string {
	return `Bought together in ${formatPercentBp(rule.confidenceBp)} of orders with ${productName(names, rule.antecedent)} (lift ${formatTimesBp(rule.liftBp)})`;
}
