import { assertArray } from './assert-field.ts';
import { assertValidClassificationRule } from './assert-valid-classification-rule.ts';
import type { ClassificationRule } from './classification-rule.ts';
import { foldText } from './fold-text.ts';

/** A rule ready to match: keywords folded once, id lists as sets; null = no such condition. */
export interface CompiledClassificationRule {
	rule: ClassificationRule;
	keywords: { keyword: string; folded: string }[] | null;
	channels: ReadonlySet<string> | null;
	customerStatuses: ReadonlySet<string> | null;
	categoryIds: ReadonlySet<string> | null;
	productIds: ReadonlySet<string> | null;
	productGroupIds: ReadonlySet<string> | null;
}

/** Rules checked and sorted once, to classify many requests (an intake endpoint, a benchmark). */
export interface ClassificationRuleSet {
	/** In the order they are considered: priority ascending, then code, then id. */
	readonly rules: readonly ClassificationRule[];
	readonly compiled: readonly CompiledClassificationRule[];
}

const ruleSets = new WeakSet<object>();

export function isClassificationRuleSet(value: unknown): value is ClassificationRuleSet {
	return typeof value === 'object' && value !== null && ruleSets.has(value);
}

/** Plain code-unit comparison rather than localeCompare, so the order is the same on every server and browser. */
function compareRules(a: ClassificationRule, b: ClassificationRule): number {
	if (a.priority !== b.priority) return a.priority - b.priority;
	if (a.code !== b.code) return a.code < b.code ? -1 : 1;
	if (a.id !== b.id) return a.id < b.id ? -1 : 1;
	return 0;
}

function setOf(values: readonly string[] | undefined): ReadonlySet<string> | null {
	return values && values.length > 0 ? new Set(values) : null;
}

/**
 * Checks every rule (details.field like `rules[2].set.priority`) and sorts them, so that the result
 * does not depend on the order they were loaded in.
 */
export function compileClassificationRules(rules: readonly ClassificationRule[]): ClassificationRuleSet {
	assertArray(rules, 'rules');
	rules.forEach((rule, i) => assertValidClassificationRule(rule, `rules[${i}]`));
	const sorted = [...rules].sort(compareRules);
	const compiled = sorted.map((rule): CompiledClassificationRule => {
		const { match } = rule;
		return {
			rule,
			keywords: match.keywordsAny && match.keywordsAny.length > 0 ? match.keywordsAny.map((keyword) => ({ keyword, folded: foldText(keyword) })) : null,
			channels: setOf(match.channels),
			customerStatuses: setOf(match.customerStatuses),
			categoryIds: setOf(match.categoryIds),
			productIds: setOf(match.productIds),
			productGroupIds: setOf(match.productGroupIds),
		};
	});
	const set: ClassificationRuleSet = { rules: sorted, compiled };
	ruleSets.add(set);
	return set;
}
