import { compareRules } from './compare-rules.ts';
import type { DiscountRule } from './discount-rule.ts';

export interface CombinationLoser<T> {
	item: T;
	outcome: 'superseded' | 'not_best';
	supersededBy: string;
	detail: string;
}

export interface CombinationChoice<T> {
	/** The rules to apply, in priority order (then code). */
	applied: T[];
	rejected: CombinationLoser<T>[];
}

/**
 * Which of the eligible rules of one level (a line, or the order) are applied:
 * 1. if any is exclusive, the first exclusive one (priority, then code) is the only one; every other is
 *    'superseded' by it;
 * 2. otherwise, of the best_of rules sharing a combination group only the one with the largest
 *    standalone discount is kept (ties: priority, then code); the others are 'not_best';
 * 3. the group winners and the cumulative rules are applied in priority order.
 * `standalone` is what a rule would give alone (on the line's or the matching lines' amount before any rule).
 */
export function chooseCombination<T extends { rule: DiscountRule }>(eligible: readonly T[], standalone: (item: T) => number, money: (amount: number) => string): CombinationChoice<T> {
	const sorted = [...eligible].sort((a, b) => compareRules(a.rule, b.rule));
	const exclusive = sorted.find((item) => item.rule.combination === 'exclusive');
	if (exclusive) {
		const by = exclusive.rule.code;
		const rejected = sorted.filter((item) => item !== exclusive).map((item) => ({ item, outcome: 'superseded' as const, supersededBy: by, detail: `superseded by exclusive rule ${by}` }));
		return { applied: [exclusive], rejected };
	}

	const groups = new Map<string, { item: T; amount: number }[]>();
	for (const item of sorted) {
		if (item.rule.combination !== 'best_of') continue;
		// A best-of rule without a group (refused when saved) competes with nobody.
		const key = item.rule.combinationGroup ?? `\u0000${item.rule.id}`;
		const member = { item, amount: standalone(item) };
		const members = groups.get(key);
		if (members) members.push(member);
		else groups.set(key, [member]);
	}
	const rejected: CombinationLoser<T>[] = [];
	const losers = new Set<T>();
	for (const [group, members] of groups) {
		// Members are in priority order, so the first of the largest wins a tie.
		const winner = members.reduce((best, member) => (member.amount > best.amount ? member : best));
		for (const member of members) {
			if (member === winner) continue;
			losers.add(member.item);
			rejected.push({
				item: member.item,
				outcome: 'not_best',
				supersededBy: winner.item.rule.code,
				detail: `best of group ${group}: ${winner.item.rule.code} gives ${money(winner.amount)}, this rule ${money(member.amount)}`,
			});
		}
	}
	return { applied: sorted.filter((item) => !losers.has(item)), rejected };
}
