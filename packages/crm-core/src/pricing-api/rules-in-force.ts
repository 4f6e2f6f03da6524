import type { DiscountRule } from '../discounts/discount-rule.ts';
import type { SpecialOffer } from '../discounts/special-offer.ts';
import { describeRuleInForce, type RuleInForce } from './describe-rule-in-force.ts';

/** M3.2 — the rules in force on `date`, by priority then code (GET /crm/pricing/rules). */
export function rulesInForce(rules: readonly DiscountRule[], offers: ReadonlyMap<string, SpecialOffer>, date: string): RuleInForce[] {
	return rules
		.map((rule) => describeRuleInForce(rule, rule.offerId ? (offers.get(rule.offerId) ?? null) : null, date))
		.filter((r): r is RuleInForce => r !== null)
		.sort((a, b) => a.priority - b.priority || a.code.localeCompare(b.code));
}
