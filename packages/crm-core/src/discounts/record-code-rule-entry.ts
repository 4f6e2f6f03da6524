import type { CompiledRule } from './compiled-rule.ts';
import type { PricingContext } from './pricing-context.ts';

/** Keeps the trace rows of rules that need a code, so an accepted code that gave nothing can say why. */
export function recordCodeRuleEntry(row: number, rule: CompiledRule, ctx: PricingContext): void {
	if (!rule.requiresCode || rule.offerId === null) return;
	const rows = ctx.codeRuleEntries.get(rule.offerId);
	if (rows) rows.push(row);
	else ctx.codeRuleEntries.set(rule.offerId, [row]);
}
