import type { AssignmentCustomer, AssignmentRule } from './assignment-facts.ts';

export interface RuleMatch {
	rule: AssignmentRule;
	/** Which conditions held, in words ("region North, group Dealers"), or "any customer". */
	why: string;
}

/** The rules in the order they are tried: priority, then name and id so that equal priorities are stable. */
export function orderRules(rules: readonly AssignmentRule[]): AssignmentRule[] {
	return [...rules].sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The conditions of a rule the customer meets, in words; null when one of them fails. */
function conditionsMet(rule: AssignmentRule, customer: AssignmentCustomer): string[] | null {
	const met: string[] = [];
	const checks: [string | null, boolean, string][] = [
		[rule.regionId, customer.regionId === rule.regionId, `region ${rule.regionName ?? rule.regionId}`],
		[rule.groupId, rule.groupId !== null && customer.groupIds.includes(rule.groupId), `group ${rule.groupName ?? rule.groupId}`],
		[rule.country, customer.country === rule.country, `country ${rule.country}`],
		[rule.category, customer.category === rule.category, `category ${rule.category}`],
	];
	for (const [condition, holds, words] of checks) {
		if (condition === null) continue;
		if (!holds) return null;
		met.push(words);
	}
	return met;
}

/** The first active rule, by priority, whose conditions the customer meets (an empty condition matches anyone). */
export function matchAssignmentRule(customer: AssignmentCustomer, rules: readonly AssignmentRule[]): RuleMatch | null {
	for (const rule of orderRules(rules)) {
		if (!rule.active) continue;
		const met = conditionsMet(rule, customer);
		if (met) return { rule, why: met.length > 0 ? met.join(', ') : 'any customer' };
	}
	return null;
}
