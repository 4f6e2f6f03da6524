import type { ClassRule } from './class-rule.ts';
import type { ClassifiedCustomer } from './classified-customer.ts';
import { compareKeys } from './compare-keys.ts';

/** What a rule tests: the classes of this run and the figures behind them (category and status are never tested). */
export type RuleCandidate = Pick<ClassifiedCustomer, 'classes' | 'rfmScores' | 'revenue' | 'margin' | 'daysSinceOrder'>;

/** Empty = any; a customer without the class (null) never meets a list. */
function inList<T extends string>(list: readonly T[], value: T | null): boolean {
	return list.length === 0 || (value !== null && list.includes(value));
}

/** True when the customer meets every condition of the rule. */
export function meetsClassRule(rule: ClassRule, c: RuleCandidate): boolean {
	if (!inList(rule.abcRevenue, c.classes.abcRevenue) || !inList(rule.abcMargin, c.classes.abcMargin) || !inList(rule.xyz, c.classes.xyz)) return false;
	// margin ÷ revenue ≥ min, in integers; without revenue there is no margin rate to speak of.
	if (rule.minMarginBp !== null && (c.revenue <= 0 || BigInt(c.margin) * 10_000n < BigInt(rule.minMarginBp) * BigInt(c.revenue))) return false;
	// Never ordered is neither "no order for N days" (they have not started) nor "ordered within N days".
	if (rule.minDaysSinceOrder !== null && (c.daysSinceOrder === null || c.daysSinceOrder < rule.minDaysSinceOrder)) return false;
	if (rule.maxDaysSinceOrder !== null && (c.daysSinceOrder === null || c.daysSinceOrder > rule.maxDaysSinceOrder)) return false;
	if (rule.minRfmScore !== null && (c.rfmScores === null || c.rfmScores.r + c.rfmScores.f + c.rfmScores.m < rule.minRfmScore)) return false;
	return true;
}

/** The rules in the order they are tried: by sort, then name, then id, so that equal sorts never depend on the order rows were loaded. */
export function orderClassRules(rules: readonly ClassRule[]): ClassRule[] {
	return [...rules].sort((a, b) => a.sort - b.sort || compareKeys(a.name, b.name) || compareKeys(a.id, b.id));
}

/** The first rule, in the order they are tried, that the customer meets; null when none does. */
export function matchClassRule(rules: readonly ClassRule[], classified: RuleCandidate): ClassRule | null {
	return orderClassRules(rules).find((rule) => meetsClassRule(rule, classified)) ?? null;
}
