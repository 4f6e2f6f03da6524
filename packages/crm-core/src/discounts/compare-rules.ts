import type { DiscountRule } from './discount-rule.ts';

/**
 * The order rules are considered and applied in: priority ascending, then code, then id. Plain
 * code-unit comparison rather than localeCompare, so the order is the same on every server and browser.
 */
export function compareRules(a: DiscountRule, b: DiscountRule): number {
	if (a.priority !== b.priority) return a.priority - b.priority;
	if (a.code !== b.code) return a.code < b.code ? -1 : 1;
	if (a.id !== b.id) return a.id < b.id ? -1 : 1;
	return 0;
}
