import type { DiscountRule } from './discount-rule.ts';
import type { PricingContext } from './pricing-context.ts';
import type { TraceEntry } from './pricing-trace.ts';

/** Keeps the entries of rules that need a code, so an accepted code that gave nothing can say why. */
export function recordCodeRuleEntry(rule: DiscountRule, entry: TraceEntry, ctx: PricingContext): void {
	if (!rule.conditions.requiresCode || rule.offerId === null) return;
	const entries = ctx.codeRuleEntries.get(rule.offerId);
	if (entries) entries.push(entry);
	else ctx.codeRuleEntries.set(rule.offerId, [entry]);
}
